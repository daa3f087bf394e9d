import type { ParsedUrlQuery } from 'node:querystring';
import { readLevel, type Actor } from '../auth/permissions.js';
import type { Registry } from '../crud/registry.js';
import type { Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { PUBLIC_FILTERS, type PublicResource } from './publicResources.js';
import {
  FilterError,
  listStatement,
  listTagStatement,
  recordStatement,
  recordTagStatement,
  relatedId,
  type PublicRead,
} from './publicSql.js';
import type { Answer, Cacheable } from './route.js';

/**
 * Whether the caller sees every row, as in the admin: someone whose roles read the admin resource in
 * full. Everyone else, anonymous or not, sees what python.org shows the public.
 */
export function seesEverything(registry: Registry, resource: PublicResource, actor: Actor | null): boolean {
  if (!actor) return false;
  const model = registry.byName.get(resource.admin)!.model;
  return readLevel(actor, model.options.access) === 'full' && !model.options.scope;
}

/** The query string's filters, each declared for the resource and sent once; `reserved` are the API's own parameters. */
export function filtersOf(resource: PublicResource, query: ParsedUrlQuery, reserved: ReadonlySet<string>): Record<string, string> {
  const declared = PUBLIC_FILTERS[resource.key];
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (reserved.has(name)) continue;
    if (!Object.hasOwn(declared, name)) {
      throw new FilterError(`"${name}" is not a filter of ${resource.path}; it takes ${Object.keys(declared).join(', ')}.`);
    }
    if (typeof value !== 'string') throw new FilterError(`Filter "${name}" was given more than once.`);
    filters[name] = value;
  }
  return filters;
}

/** Tastypie and DRF take ?format=; JSON is the one served. */
export function jsonFormatOnly(query: ParsedUrlQuery): void {
  if (query.format !== undefined && query.format !== 'json') throw new HttpError(400, 'Only format=json is served.');
}

export interface ListShape {
  /** Wraps the JSON array of the page in the API's envelope (v1's meta and objects). */
  envelope?: (array: string, total: number) => string;
  omit?: ReadonlySet<string>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function keysOf(read: PublicRead, ids: string): string[] {
  const { collection, record } = read.resource.keys;
  const keys = [collection];
  if (ids) for (const id of ids.split(' ')) keys.push(`${record}-${id}`);
  // A release's file list is purged with the release too.
  if (read.resource.key === 'release_file' && read.filters.release) keys.push(`release-${relatedId(read.filters.release)}`);
  return keys;
}

/** A list as a cacheable answer: the tag query for a conditional request, the full one otherwise. */
export function publicList(sql: Sql, read: PublicRead, shape: ListShape = {}): Cacheable {
  return {
    async tag() {
      const { text, values } = listTagStatement(read);
      return (await sql.query<{ tag: string }>(text, values))[0].tag;
    },
    async answer(): Promise<Answer> {
      const { text, values } = listStatement(read, shape.omit);
      const [row] = await sql.query<{ tag: string; total: number; body: string; ids: string }>(text, values);
      return {
        tag: row.tag,
        body: shape.envelope ? shape.envelope(row.body, row.total) : row.body,
        contentType: JSON_TYPE,
        keys: keysOf(read, row.ids),
      };
    },
  };
}

/** One record as a cacheable answer; a missing and a hidden record are the same 404. */
export function publicRecord(sql: Sql, read: PublicRead, id: number, omit?: ReadonlySet<string>): Cacheable {
  const missing = () => new HttpError(404, `No ${read.resource.path} record with id ${id}.`);
  return {
    async tag() {
      const { text, values } = recordTagStatement(read, id);
      return (await sql.query<{ tag: string }>(text, values))[0]?.tag;
    },
    async answer(): Promise<Answer> {
      const { text, values } = recordStatement(read, id, omit);
      const [row] = await sql.query<{ tag: string; body: string }>(text, values);
      if (!row) throw missing();
      const { collection, record } = read.resource.keys;
      return { tag: row.tag, body: row.body, contentType: JSON_TYPE, keys: [collection, `${record}-${id}`] };
    },
  };
}
