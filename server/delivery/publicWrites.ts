import type { Actor } from '../auth/permissions.js';
import { mayWrite } from '../crud/access.js';
import type { MountedResource, Registry } from '../crud/registry.js';
import type { Row } from '../crud/types.js';
import { validateBody } from '../crud/validate.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { HttpError } from '../http/errors.js';
import { sidecarProblems } from '../releases/sidecars.js';
import { PUBLIC_RESOURCES, type PublicField, type PublicResource, type PublicResourceKey } from './publicResources.js';
import { relatedId } from './publicSql.js';

/*
 * Writes through python.org's API (release managers' scripts): the body in the public shape —
 * related records as resource URIs — becomes the admin resource's input, and goes through the same
 * validation and write pipeline as the admin's (rules, audit with the token named, after-commit
 * events). Errors name the public fields (`os`, not `os_id`).
 */

/**
 * Rules python.org's clients are held to on top of the admin's: a release file's sidecars are named
 * after it (what the upload script derives them from; the manifest import checks the same).
 */
const PUBLIC_CHECKS: Partial<Record<PublicResourceKey, (values: Row) => Record<string, string>>> = { release_file: sidecarProblems };

function check(resource: PublicResource, values: Row): void {
  const problems = PUBLIC_CHECKS[resource.key]?.(values) ?? {};
  if (Object.keys(problems).length) throw new HttpError(422, 'Please correct the sidecar names.', problems);
}

/** Fields a client may send back as it read them, which say nothing to write. */
const ECHOED = new Set(['resource_uri', 'id']);
const NAIVE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function requireCaller(actor: Actor | null): Actor {
  if (!actor) throw new HttpError(401, 'Authentication credentials were not provided.');
  return actor;
}

const adminName = (field: PublicField) =>
  field.kind === 'column' ? (field.column ?? field.name) : field.kind === 'related' ? field.name : field.column;

/** A related record's id from its URI (v1's path, v2's absolute URL) or pk, checked to be of the right resource. */
function relatedValue(field: Extract<PublicField, { kind: 'uri' }>, value: unknown): unknown {
  if (value === null || typeof value === 'number') return value;
  if (typeof value !== 'string') return value; // the schema says what it takes
  const path = PUBLIC_RESOURCES[field.target].path;
  const uri = /^(?:https?:\/\/[^/]+)?\/api\/v[12]\/([a-z_/]+)\/([1-9]\d{0,9})\/$/.exec(value);
  if (uri && uri[1] === path) return Number(uri[2]);
  const id = uri ? undefined : relatedId(value);
  if (id !== undefined) return id;
  throw new HttpError(400, `${field.name}: must be the resource URI of a ${path} record, e.g. /api/v1/${path}/1/.`, {
    [field.name]: `Must be the resource URI of a ${path} record, e.g. /api/v1/${path}/1/.`,
  });
}

/** The admin input of a public body: names mapped, URIs resolved, naive times read as UTC (Django's). */
function inputOf(resource: PublicResource, body: unknown): Row {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The request body must be a JSON object.');
  const fields = new Map(resource.fields.map((f) => [f.name, f]));
  const input: Row = {};
  const unknown: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (ECHOED.has(name)) continue;
    const field = fields.get(name);
    if (!field) {
      unknown[name] = `Unknown field: ${resource.path} takes ${[...fields.keys()].join(', ')}.`;
      continue;
    }
    if (field.kind === 'related') continue; // read-only, like resource_uri: a record may be sent back as read
    if (field.kind === 'uri') input[field.column] = relatedValue(field, value);
    else if (field.kind === 'time' && typeof value === 'string') {
      input[field.column] = DATE.test(value) ? `${value}T00:00:00Z` : NAIVE_TIME.test(value) ? `${value}Z` : value;
    } else input[adminName(field)] = value;
  }
  if (Object.keys(unknown).length) throw new HttpError(400, `Unknown fields: ${Object.keys(unknown).join(', ')}.`, unknown);
  return input;
}

/** Runs a write, turning the admin's errors into the public API's: field names as clients send them, validation as 400. */
async function publicErrors<T>(resource: PublicResource, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof HttpError) || !error.errors) throw error;
    const names = new Map(resource.fields.map((f) => [adminName(f), f.name]));
    const errors = Object.fromEntries(Object.entries(error.errors).map(([field, message]) => [names.get(field) ?? field, message]));
    // Tastypie and DRF answer every invalid body, a taken slug or URL included, with a 400.
    const status = error.status === 422 || error.status === 409 ? 400 : error.status;
    const listed = Object.entries(errors).map(([field, message]) => `${field}: ${message}`);
    throw new HttpError(status, listed.join(' '), errors, error.extra);
  }
}

function mounted(registry: Registry, resource: PublicResource): MountedResource {
  return registry.byName.get(resource.admin)!;
}

/** Creates a record from a public body; returns its id. */
export function createPublic(registry: Registry, resource: PublicResource, actor: Actor | null, body: unknown): Promise<number> {
  const caller = requireCaller(actor);
  const { model, schemas } = mounted(registry, resource);
  mayWrite(model, caller); // who may not write hears 403 before anything about the body
  return publicErrors(resource, async () => {
    const input = validateBody(schemas.create, inputOf(resource, body), schemas.ignoredOnCreate) as Row;
    check(resource, input);
    const row = await registry.write((tx) => writeRecord(tx, model, { operation: 'create', actor: caller, input }));
    return row.id as number;
  });
}

/** Updates a record: `whole` (PUT) needs every field a create needs, otherwise (PATCH) only those sent change. */
export function updatePublic(
  registry: Registry,
  resource: PublicResource,
  actor: Actor | null,
  id: number,
  body: unknown,
  whole: boolean,
): Promise<void> {
  const caller = requireCaller(actor);
  const { model, schemas } = mounted(registry, resource);
  mayWrite(model, caller);
  return publicErrors(resource, async () => {
    const mapped = inputOf(resource, body);
    if (whole) validateBody(schemas.create, mapped, schemas.ignoredOnCreate);
    await registry.write(async (tx) => {
      // python.org's API has no row_version: a write applies to the record as it is now. One that
      // changed between this read and the pipeline's lock is still a 409, never overwritten unseen.
      const [current] = await tx.sql.query<Row>(`SELECT * FROM ${resource.table} WHERE id = $1`, [id]);
      const input = validateBody(schemas.update, { ...mapped, row_version: current?.row_version ?? 1 }, schemas.ignoredOnUpdate) as Row;
      if (current) check(resource, { ...current, ...input });
      await writeRecord(tx, model, { operation: 'update', actor: caller, id, input });
    });
  });
}

export function deletePublic(registry: Registry, resource: PublicResource, actor: Actor | null, id: number): Promise<void> {
  const caller = requireCaller(actor);
  const { model } = mounted(registry, resource);
  return publicErrors(resource, async () => {
    await registry.write((tx) => writeRecord(tx, model, { operation: 'delete', actor: caller, id }));
  });
}

/**
 * Deletes every file of a release in one transaction, each through the pipeline (audited, one event
 * each): the upload script's first step before it posts a release's files again. 404 for a release
 * the caller cannot see.
 */
export async function deleteFilesOfRelease(registry: Registry, actor: Actor | null, release: string | string[] | undefined): Promise<void> {
  const caller = requireCaller(actor);
  const releaseId = typeof release === 'string' ? relatedId(release) : undefined;
  if (releaseId === undefined)
    throw new HttpError(400, "Say which release's files to delete: ?release=<pk>.", { release: 'Required: a release id.' });
  const files = mounted(registry, PUBLIC_RESOURCES.release_file).model;
  const releases = mounted(registry, PUBLIC_RESOURCES.release).model;
  mayWrite(files, caller); // also when there is nothing to delete
  await registry.write(async (tx) => {
    const [found] = await tx.sql.query('SELECT id FROM releases WHERE id = $1', [releaseId]);
    if (!found) throw new HttpError(404, `No ${releases.name} record with id ${releaseId}.`);
    const rows = await tx.sql.query<{ id: number }>('SELECT id FROM release_files WHERE release_id = $1 ORDER BY id', [releaseId]);
    for (const { id } of rows) await writeRecord(tx, files, { operation: 'delete', actor: caller, id });
  });
}
