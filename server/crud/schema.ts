import { z } from 'zod';
import { DRAFT_READ_ONLY } from './drafts/readFields.js';
import { textProblem } from './jsonInput.js';
import type { ColumnModel, ComputedField, ResourceModel } from './types.js';

const isUrlField = (name: string) => name === 'url' || name.endsWith('_url');

function stringSchema(column: ColumnModel): z.ZodType {
  let schema = z.string();
  // Normalised first, so every check below (and the pipeline after it) sees the stored form.
  const identifier = column.rules.find((r) => r.kind === 'identifier');
  if (identifier) schema = schema.normalize(identifier.normalize);
  if (column.maxLength) schema = schema.max(column.maxLength, `At most ${column.maxLength} characters.`);
  let result: z.ZodType = schema;
  for (const rule of column.rules) {
    if (rule.kind === 'oneOf') {
      result = z.enum(rule.values.map(String) as [string, ...string[]], { error: `Must be one of: ${rule.values.join(', ')}.` });
    } else if (rule.kind === 'pattern') {
      const message = rule.message ?? `Does not have the required form (${rule.pattern}).`;
      const pattern = schema.regex(new RegExp(rule.pattern), message);
      result = rule.allowEmpty ? z.union([z.literal(''), pattern], { error: message }) : pattern;
    } else if (rule.kind === 'identifier') {
      schema = schema.regex(new RegExp(rule.pattern), rule.message);
      result = schema;
    } else if (rule.kind === 'prefix') {
      result = schema.refine((v) => v === '' || v.startsWith(rule.prefix), `Must be empty or start with ${rule.prefix}`);
    }
  }
  if (isUrlField(column.name) && !column.rules.some((r) => r.kind === 'prefix' || r.kind === 'pattern')) {
    result = schema.refine((v) => v === '' || /^https?:\/\/[^\s/]+\.[^\s]*$/.test(v), 'Must be an http:// or https:// URL.');
  }
  return result;
}

function integerSchema(column: ColumnModel): z.ZodType {
  const oneOf = column.rules.find((r) => r.kind === 'oneOf');
  if (oneOf) {
    const literals = oneOf.values.map((v) => z.literal(v as number));
    return z.union(literals as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>], {
      error: `Must be one of: ${oneOf.values.join(', ')}.`,
    });
  }
  const min = Math.max(column.min!, ...column.rules.filter((r) => r.kind === 'min').map((r) => r.min));
  return z
    .number({ error: 'Must be a whole number.' })
    .int('Must be a whole number.')
    .min(min, `At least ${min}.`)
    .max(column.max!, `At most ${column.max}.`);
}

/** PostgreSQL keeps years 1 to 9999 in ISO form (year 0 does not exist): outside them a client's value is refused here, naming its field. */
const inStoredYears = (value: string) => Number(value.slice(0, 4)) >= 1;
const YEARS = { error: 'Must be a date from the year 1 to 9999.' };

/** The schema of one column's value as clients send and receive it. */
export function columnSchema(column: ColumnModel): z.ZodType {
  let schema: z.ZodType;
  switch (column.kind) {
    case 'integer':
      schema = integerSchema(column);
      break;
    case 'string':
      // Here too, not only in validateBody: the release import validates its rows with these schemas.
      schema = stringSchema(column).superRefine((value, context) => {
        const problem = typeof value === 'string' ? textProblem(value) : undefined;
        if (problem) context.addIssue({ code: 'custom', message: problem });
      });
      break;
    case 'boolean':
      schema = z.boolean({ error: 'Must be true or false.' });
      break;
    case 'timestamp':
      schema = z.iso
        .datetime({ offset: true, error: 'Must be an ISO 8601 date and time with a time zone, e.g. 2027-05-01T09:00:00Z.' })
        .refine(inStoredYears, YEARS);
      break;
    case 'date':
      schema = z.iso.date({ error: 'Must be a date, e.g. 2027-05-01.' }).refine(inStoredYears, YEARS);
      break;
    case 'json':
      // Any JSON value, stored exactly as sent (persist.ts sends it as JSON text): [] stays an array,
      // a string a string, a "__proto__" key a key. validateBody has bounded its depth and text.
      schema = z.custom<unknown>((value) => value !== undefined, { error: 'Must be a JSON value.' });
      break;
  }
  return column.nullable ? schema.nullable() : schema;
}

const computedSchema = (field: ComputedField): z.ZodType =>
  (field.kind === 'boolean'
    ? z.boolean()
    : field.kind === 'timestamp'
      ? z.iso.datetime({ offset: true }).nullable()
      : z.record(z.string(), z.unknown()).nullable()
  ).describe(field.description);

const idList = z.array(z.number().int().positive('Must be record ids.'), { error: 'Must be an array of record ids.' }).max(1000);

export interface ResourceSchemas {
  create: z.ZodObject;
  update: z.ZodObject;
  record: z.ZodObject;
  /** Keys accepted in a body but ignored: server-managed and read-only fields react-admin sends back. */
  ignoredOnCreate: ReadonlySet<string>;
  ignoredOnUpdate: ReadonlySet<string>;
}

export function buildSchemas(model: ResourceModel): ResourceSchemas {
  const writable: Record<string, z.ZodType> = {};
  const required = new Set<string>();
  for (const name of model.writable) {
    const column = model.columns.get(name)!;
    writable[name] = columnSchema(column);
    if (!column.nullable && !column.hasDefault) required.add(name);
  }
  for (const field of model.manyToMany.keys()) writable[field] = idList;
  for (const [field, spec] of Object.entries(model.options.writeOnly ?? {})) {
    let schema = z.string();
    if (spec.minLength) schema = schema.min(spec.minLength, `At least ${spec.minLength} characters.`);
    if (spec.maxLength) schema = schema.max(spec.maxLength, `At most ${spec.maxLength} characters.`);
    writable[field] = spec.description ? schema.describe(spec.description) : schema;
    if (spec.requiredOnCreate) required.add(field);
  }
  const create = z.strictObject(Object.fromEntries(Object.entries(writable).map(([k, s]) => [k, required.has(k) ? s : s.optional()])));
  const update = z.strictObject({
    ...Object.fromEntries(Object.entries(writable).map(([k, s]) => [k, s.optional()])),
    row_version: z.number({ error: 'row_version is required: send the row_version you loaded.' }).int(),
  });
  const record = z.object({
    ...Object.fromEntries(model.readable.map((name) => [name, columnSchema(model.columns.get(name)!)])),
    ...Object.fromEntries([...model.manyToMany.keys()].map((field) => [field, z.array(z.number().int())])),
    ...Object.fromEntries(model.computed.map((field) => [field.name, computedSchema(field)])),
  });
  const readOnly = [
    ...model.readable.filter((c) => !model.writable.includes(c)),
    ...model.computed.map((field) => field.name),
    ...(model.options.versions ? DRAFT_READ_ONLY : []),
  ];
  return {
    create,
    update,
    record,
    ignoredOnCreate: new Set(readOnly),
    ignoredOnUpdate: new Set(readOnly.filter((c) => c !== 'row_version')),
  };
}
