/**
 * Plausible bodies for a route, so one hostile field reaches as deep as it can: a PUT sends the
 * record back as react-admin does (its writable fields and current row_version); a create sends a
 * copy of a real record with its unique-looking strings made new; other routes get a body built
 * from their schema.
 */
import { fillPath, type Harness } from './harness.js';
import { bodyProperties, plausible, type ResourceMeta, type Route } from './spec.js';

type Row = Record<string, unknown>;

let copies = 0;
/** The record a create copies, per resource: read once (a create needs no row_version). */
const originals = new Map<string, Row>();

export function writableCopy(resource: ResourceMeta, record: Row): Row {
  const out: Row = {};
  for (const field of resource.fields) {
    if (field.writable && !field.writeOnly && field.name in record) out[field.name] = record[field.name];
  }
  return out;
}

/** A copy of a record that a create might accept: unique-looking strings changed, one-per-parent flags off. */
export function freshCopy(resource: ResourceMeta, record: Row): Row {
  const n = ++copies;
  const out = writableCopy(resource, record);
  for (const field of resource.fields) {
    if (!(field.name in out)) {
      if (field.writeOnly && field.required) out[field.name] = plausible(undefined, field.name);
      continue;
    }
    const value = out[field.name];
    if (field.kind === 'boolean' && value === true) out[field.name] = false;
    if (typeof value !== 'string' || value === '' || field.choices) continue;
    const candidate = /email/.test(field.name) ? `fz${n}-${value}` : `${value}-fz${n}`;
    if (field.pattern && !new RegExp(field.pattern.source).test(candidate)) continue;
    if (field.maxLength !== undefined && candidate.length > field.maxLength) continue;
    out[field.name] = candidate;
  }
  return out;
}

/** The body a case starts from, before its hostile part goes in. */
export async function baseBody(h: Harness, route: Route): Promise<unknown> {
  const resource = route.resource;
  if (resource && route.crud === 'item' && route.method === 'PUT') {
    const res = await h.superuser({ method: 'GET', path: fillPath(h, route) });
    if (res.status === 200) return { ...writableCopy(resource, res.json as Row), row_version: (res.json as Row).row_version };
  }
  if (resource && route.crud === 'collection' && route.method === 'POST') {
    const id = h.ids.get(resource.name)?.[0];
    if (id !== undefined && !originals.has(resource.name)) {
      const res = await h.superuser({ method: 'GET', path: `/api/${resource.name}/${id}` });
      if (res.status === 200) originals.set(resource.name, res.json as Row);
    }
    const original = originals.get(resource.name);
    if (original) return freshCopy(resource, original);
  }
  const { properties, array } = bodyProperties(route.body?.schema);
  const object = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, plausible(v, k)]));
  if ('row_version' in object && route.resource) {
    const res = await h.superuser({ method: 'GET', path: `/api/${route.resource.name}/${h.ids.get(route.resource.name)?.[0] ?? 1}` });
    if (res.status === 200) object.row_version = (res.json as Row).row_version;
  }
  return array ? [object] : object;
}

/** Puts a value into the body: into the record (or the first record of an array body). */
export function withField(body: unknown, field: string, value: unknown): unknown {
  if (Array.isArray(body)) return [{ ...(body[0] as Row), [field]: value }, ...body.slice(1)];
  return { ...(body as Row), [field]: value };
}
