import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { readLevel, type Actor } from '../auth/permissions.js';
import type { ErrorContext } from '../http/pgErrors.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { parseListParams } from './listParams.js';
import type { ResourceModel } from './model.js';
import { getRecord, listRecords } from './reads.js';
import { mayReadSome, ownRowsOnly, writePolicy, type WriteOperation } from './rowRules.js';
import type { ResourceSchemas } from './schema.js';
import { createRecord, deleteRecord, updateRecord } from './writes.js';

export interface MountedResource {
  model: ResourceModel;
  schemas: ResourceSchemas;
}

/** Names of the resources an actor reads in full; the audit log's scope needs it. */
export type ReadableResources = (actor: Actor) => ReadonlySet<string>;

type Row = Record<string, unknown>;


const pick = (row: Row, fields: readonly string[]) => Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));

/** The seven react-admin calls over one resource, each checked against the resource's access policy. */
export function resourceRouter(db: DataSource, { model, schemas }: MountedResource, readable: ReadableResources): Router {
  const router = Router();
  const allowed = model.operations;
  const access = model.options.access;
  const errorContext: ErrorContext = {
    resource: model.name,
    table: model.table,
    columns: new Set(model.columns.keys()),
    messages: model.options.constraintMessages,
    linkFields: Object.fromEntries([...model.manyToMany.values()].map((m) => [m.joinTable, m.field])),
  };
  const refuse = (res: Response, methods: string) => {
    res.setHeader('Allow', methods);
    throw new HttpError(405, `${model.name} does not support this method.`);
  };
  const collectionMethods = [allowed.has('list') && 'GET', allowed.has('create') && 'POST'].filter(Boolean).join(', ');
  const itemMethods = [allowed.has('get') && 'GET', allowed.has('update') && 'PUT', allowed.has('delete') && 'DELETE'].filter(Boolean).join(', ');

  const actorOf = (res: Response): Actor => {
    const actor = res.locals.actor as Actor | undefined;
    if (!actor) throw new HttpError(401, 'Please sign in.');
    return actor;
  };
  /** The fields this actor may read, or a 403; undefined means every field (of the rows scopeOf lets them see). */
  const readableFields = (res: Response): readonly string[] | undefined => {
    const actor = actorOf(res);
    if (!mayReadSome(model, actor)) throw new HttpError(403, `Your roles do not allow reading ${model.name}.`);
    return readLevel(actor, access) === 'limited' ? access!.limitedRead!.fields : undefined;
  };
  /** The actor and how they may write (writers fully, owners their own records), or a 403. */
  const mayWrite = (res: Response, operation: WriteOperation) => {
    const actor = actorOf(res);
    const policy = writePolicy(model, actor, operation);
    (res.locals.errorContext as ErrorContext).operation = operation;
    return { actor, policy };
  };
  const scopeOf = (res: Response) => ownRowsOnly(model, actorOf(res)) ?? model.options.scope?.(actorOf(res), readable(actorOf(res)));

  router.use((_req, res, next) => {
    res.locals.errorContext = { ...errorContext };
    next();
  });
  router.get('/', async (req, res) => {
    if (!allowed.has('list')) refuse(res, collectionMethods);
    const fields = readableFields(res);
    const params = parseListParams(model, req.query as Record<string, unknown>, fields);
    const scope = scopeOf(res);
    if (scope) params.filters.push({ kind: 'column', field: scope.field, op: 'eq', value: scope.values });
    const { rows, total } = await listRecords(db, model, params);
    const range = rows.length ? `${params.offset}-${params.offset + rows.length - 1}` : '*';
    res.setHeader('Content-Range', `${model.name} ${range}/${total}`);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(fields ? rows.map((row) => pick(row, fields)) : rows);
  });
  router.post('/', async (req, res) => {
    if (!allowed.has('create')) refuse(res, collectionMethods);
    const { actor, policy } = mayWrite(res, 'create');
    res.status(201).json(await createRecord(db, model, schemas, req.body, actor, policy));
  });
  router.get('/:id', async (req, res) => {
    if (!allowed.has('get')) refuse(res, itemMethods);
    const fields = readableFields(res);
    const id = recordId(req);
    const record = await getRecord(db, model, id);
    const scope = scopeOf(res);
    if (scope && !scope.values.includes(record[scope.field])) throw new HttpError(404, `No ${model.name} record with id ${id}.`);
    res.json(fields ? pick(record, fields) : record);
  });
  router.put('/:id', async (req, res) => {
    if (!allowed.has('update')) refuse(res, itemMethods);
    const { actor, policy } = mayWrite(res, 'update');
    res.json(await updateRecord(db, model, schemas, recordId(req), req.body, actor, policy));
  });
  router.delete('/:id', async (req, res) => {
    if (!allowed.has('delete')) refuse(res, itemMethods);
    const { actor, policy } = mayWrite(res, 'delete');
    res.json(await deleteRecord(db, model, recordId(req), actor, policy));
  });
  // Two routes rather than one over ['/', '/:id'], so the metrics' route label says which one matched.
  router.all('/', (_req, res) => refuse(res, collectionMethods));
  router.all('/:id', (_req, res) => refuse(res, itemMethods));
  return router;
}
