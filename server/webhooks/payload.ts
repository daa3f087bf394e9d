import type { Sql } from '../db/sql.js';
import { PUBLIC_RESOURCES } from '../delivery/publicResources.js';
import { recordsStatement } from '../delivery/publicSql.js';
import { V2_OMIT, V2_PATH } from '../delivery/v2.js';
import type { WebhookEvent } from './events.js';

/*
 * What a webhook is sent: {"type", "timestamp", "data": {"resource", "id", "changed", "record"}}.
 * `record` is the record as API v2 shows an anonymous reader (null when it is hidden or gone), and only
 * for the resources the public API serves; for the others a receiver learns ids and field names only.
 */

const publicByAdmin = new Map(Object.values(PUBLIC_RESOURCES).map((resource) => [resource.admin, resource]));

/** The public JSON of each record the events are about, read in the transaction (so as committed): one statement per resource. */
export async function publicRecords(sql: Sql, events: readonly WebhookEvent[], origin: string): Promise<Map<string, string | null>> {
  const records = new Map<string, string | null>();
  const idsByResource = new Map<string, Set<number>>();
  for (const { resource, id } of events) {
    if (publicByAdmin.has(resource)) idsByResource.set(resource, (idsByResource.get(resource) ?? new Set()).add(id));
  }
  for (const [resource, ids] of idsByResource) {
    const target = publicByAdmin.get(resource)!;
    const read = { resource: target, publicOnly: true, filters: {}, uriPrefix: `${origin}${V2_PATH}` };
    const { text, values } = recordsStatement(read, [...ids], V2_OMIT[target.key]);
    const bodies = new Map((await sql.query<{ id: number; body: string }>(text, values)).map((row) => [row.id, row.body]));
    // Hidden or deleted: null, so the event still says "record": null.
    for (const id of ids) records.set(`${resource}:${id}`, bodies.get(id) ?? null);
  }
  return records;
}

/** The body of one event, as the text that is signed and sent (the record's JSON spliced in as built). */
export function eventBody(event: WebhookEvent, at: string, records: ReadonlyMap<string, string | null>): string {
  const data = JSON.stringify({ resource: event.resource, id: event.id, changed: event.changed });
  const key = `${event.resource}:${event.id}`;
  const withRecord = records.has(key) ? `${data.slice(0, -1)},"record":${records.get(key) ?? 'null'}}` : data;
  return `{"type":${JSON.stringify(event.type)},"timestamp":${JSON.stringify(at)},"data":${withRecord}}`;
}
