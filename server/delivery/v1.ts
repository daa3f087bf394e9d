import { stringify } from 'node:querystring';
import type { Registry } from '../crud/registry.js';
import type { Sql } from '../db/sql.js';
import type { ErrorReply } from '../http/errorHandler.js';
import { HttpError } from '../http/errors.js';
import { PUBLIC_RESOURCES, type PublicResource } from './publicResources.js';
import { filtersOf, jsonFormatOnly, publicList, publicRecord, seesEverything } from './publicReads.js';
import { createPublic, deleteFilesOfRelease, deletePublic } from './publicWrites.js';
import type { Call, PublicRoute } from './route.js';

/*
 * python.org's API v1 (Tastypie), at /api/v1/: what the release managers' upload script talks to.
 * Lists are {"meta": {...}, "objects": [...]} pages; related records and resource_uri are paths.
 */

export const V1_PREFIX = '/api/v1/';
/** Tastypie's default page: what a list holds without ?limit=. */
export const V1_DEFAULT_LIMIT = 20;
/** What limit=0 ("all") means, and the most any page holds. */
export const V1_MAX_LIMIT = 1000;
const RESERVED = new Set(['limit', 'offset', 'format']);

function pageOf(call: Call): { limit: number; offset: number } {
  const number = (name: string, fallback: number) => {
    const raw = call.query[name];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))
      throw new HttpError(400, `Invalid ${name}: "${String(raw)}". Give a whole number of at least 0.`);
    return Number(raw);
  };
  const limit = number('limit', V1_DEFAULT_LIMIT);
  return { limit: limit === 0 ? V1_MAX_LIMIT : Math.min(limit, V1_MAX_LIMIT), offset: number('offset', 0) };
}

/** Tastypie's meta: next and previous keep the query string, with the page moved. */
function envelope(resource: PublicResource, call: Call, page: { limit: number; offset: number }) {
  const link = (offset: number) => `${V1_PREFIX}${resource.path}/?${stringify({ ...call.query, limit: page.limit, offset })}`;
  return (array: string, total: number) => {
    const meta = {
      limit: page.limit,
      next: page.offset + page.limit < total ? link(page.offset + page.limit) : null,
      offset: page.offset,
      previous: page.offset > 0 ? link(Math.max(0, page.offset - page.limit)) : null,
      total_count: total,
    };
    return `{"meta":${JSON.stringify(meta)},"objects":${array}}`;
  };
}

/** Tastypie's error body: error_message, and each invalid field with its messages. */
export function v1ErrorBody(reply: ErrorReply): unknown {
  const errors = reply.body.errors as Record<string, string> | undefined;
  const fields = errors ? Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, [message]])) : {};
  return { error_message: reply.body.message, ...fields };
}

export function v1Routes(registry: Registry, readSql: Sql): PublicRoute[] {
  const routes: PublicRoute[] = [];
  for (const resource of Object.values(PUBLIC_RESOURCES)) {
    const base = `${V1_PREFIX}${resource.path}/`;
    const read = (call: Call) => ({
      resource,
      publicOnly: !seesEverything(registry, resource, call.actor),
      uriPrefix: V1_PREFIX,
      filters: {},
    });
    const writable = resource.writable;
    routes.push({
      label: base,
      pattern: new RegExp(`^${base}$`),
      auth: 'api-key',
      errorBody: v1ErrorBody,
      methods: {
        GET: async (call) => {
          jsonFormatOnly(call.query);
          const page = pageOf(call);
          const filters = filtersOf(resource, call.query, RESERVED);
          return publicList(readSql, { ...read(call), filters, page }, { envelope: envelope(resource, call, page) });
        },
        ...(writable && {
          POST: async (call) => {
            const id = await createPublic(registry, resource, call.actor, await call.body());
            return { status: 201, headers: { Location: `${base}${id}/` } };
          },
        }),
        // Tastypie deletes whatever a list's filters select; here only a release's files, by ?release=.
        ...(resource.key === 'release_file' && {
          DELETE: async (call) => {
            const others = Object.keys(call.query).filter((name) => name !== 'release');
            if (others.length || call.query.release === undefined) {
              throw new HttpError(400, 'A list of release files is deleted only by release: DELETE ?release=<pk> and no other filter.');
            }
            await deleteFilesOfRelease(registry, call.actor, call.query.release);
            return { status: 204 };
          },
        }),
      },
    });
    routes.push({
      label: `${base}:id/`,
      pattern: new RegExp(`^${base}([1-9][0-9]{0,9})/$`),
      auth: 'api-key',
      errorBody: v1ErrorBody,
      methods: {
        GET: async (call) => {
          jsonFormatOnly(call.query);
          return publicRecord(readSql, read(call), Number(call.params[0]));
        },
        ...(writable && {
          DELETE: async (call) => {
            await deletePublic(registry, resource, call.actor, Number(call.params[0]));
            return { status: 204 };
          },
        }),
      },
    });
  }
  return routes;
}
