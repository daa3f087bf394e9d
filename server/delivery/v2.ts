import type { Registry } from '../crud/registry.js';
import type { Sql } from '../db/sql.js';
import type { ErrorReply } from '../http/errorHandler.js';
import { PUBLIC_RESOURCES, type PublicResourceKey } from './publicResources.js';
import { filtersOf, jsonFormatOnly, publicList, publicRecord, seesEverything } from './publicReads.js';
import { createPublic, deleteFilesOfRelease, deletePublic, updatePublic } from './publicWrites.js';
import { FilterError, recordStatement } from './publicSql.js';
import type { Call, PublicRoute, Reply } from './route.js';

/*
 * python.org's API v2 (Django REST framework), at /api/v2/: lists are bare arrays of every row, related
 * records and resource_uri absolute URLs (PUBLIC_BASE_URL, or the request's origin).
 */

export const V2_PATH = '/api/v2/';
const RESERVED = new Set(['format']);
/** v2 leaves a release's content out of its lists and records (python.org's serializer does). */
export const V2_OMIT: Partial<Record<PublicResourceKey, ReadonlySet<string>>> = { release: new Set(['content']) };

/** DRF's error bodies: field errors as {field: [messages]}, refused filters as {"error": [...]}, the rest as {"detail": ...}. */
export function v2ErrorBody(reply: ErrorReply): unknown {
  const errors = reply.body.errors as Record<string, string> | undefined;
  if (errors) return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]]));
  if (reply.body.filter) return { error: [reply.body.message] };
  return { detail: reply.body.message };
}

export function v2Routes(registry: Registry, readSql: Sql, writeSql: Sql): PublicRoute[] {
  const routes: PublicRoute[] = [];
  for (const resource of Object.values(PUBLIC_RESOURCES)) {
    const base = `${V2_PATH}${resource.path}/`;
    const omit = V2_OMIT[resource.key];
    const read = (call: Call) => ({
      resource,
      publicOnly: !seesEverything(registry, resource, call.actor),
      uriPrefix: `${call.origin}${V2_PATH}`,
      filters: {},
    });
    /** The record as written, read back from the primary (a replica may lag). */
    const written = async (call: Call, id: number, status: number): Promise<Reply> => {
      const { text, values } = recordStatement({ ...read(call), publicOnly: false }, id, omit);
      const [row] = await writeSql.query<{ body: string }>(text, values);
      return { status, body: JSON.parse(row.body), headers: { Location: `${call.origin}${base}${id}/` } };
    };
    const writable = resource.writable;
    routes.push({
      label: base,
      pattern: new RegExp(`^${base}$`),
      auth: 'token',
      errorBody: v2ErrorBody,
      methods: {
        GET: async (call) => {
          jsonFormatOnly(call.query);
          return publicList(readSql, { ...read(call), filters: filtersOf(resource, call.query, RESERVED) }, { omit });
        },
        ...(writable && {
          POST: async (call) => written(call, await createPublic(registry, resource, call.actor, await call.body()), 201),
        }),
      },
    });
    const id = (call: Call) => Number(call.params[0]);
    routes.push({
      label: `${base}:id/`,
      pattern: new RegExp(`^${base}([1-9][0-9]{0,9})/$`),
      auth: 'token',
      errorBody: v2ErrorBody,
      methods: {
        GET: async (call) => {
          jsonFormatOnly(call.query);
          return publicRecord(readSql, read(call), id(call), omit);
        },
        ...(writable && {
          PUT: async (call) => {
            await updatePublic(registry, resource, call.actor, id(call), await call.body(), true);
            return written(call, id(call), 200);
          },
          PATCH: async (call) => {
            await updatePublic(registry, resource, call.actor, id(call), await call.body(), false);
            return written(call, id(call), 200);
          },
          DELETE: async (call) => {
            await deletePublic(registry, resource, call.actor, id(call));
            return { status: 204 };
          },
        }),
      },
    });
  }
  routes.push({
    label: `${V2_PATH}downloads/release_file/delete_by_release/`,
    pattern: new RegExp(`^${V2_PATH}downloads/release_file/delete_by_release/$`),
    auth: 'token',
    errorBody: v2ErrorBody,
    methods: {
      DELETE: async (call) => {
        if (Object.keys(call.query).some((name) => name !== 'release'))
          throw new FilterError('delete_by_release takes only ?release=<pk>.');
        await deleteFilesOfRelease(registry, call.actor, call.query.release);
        return { status: 204 };
      },
    },
  });
  return routes;
}
