import { httpClient } from '../../dataProvider';

/** One entry of GET /api/{resource}/{id}/versions (docs/api.md, "Versions"). */
export interface VersionSummary {
  number: number;
  created: string;
  published: boolean;
  author_id: number | null;
  /** The author's user name; null once the user is deleted, or for the system. */
  author: string | null;
  /** Saved with an API token rather than a signed-in session. */
  token_id: number | null;
  comment: string | null;
}

export type Snapshot = Record<string, unknown> & { children?: Record<string, Record<string, unknown>[]> };

/** GET …/versions/{n}: the summary and the record's fields as they were then. */
export interface VersionDetail extends VersionSummary {
  snapshot: Snapshot;
}

export interface VersionPage {
  versions: VersionSummary[];
  total: number;
}

export const VERSIONS_PER_PAGE = 25;

// Under one prefix: react-admin's refresh invalidates every query, these included, so a save or a
// restore elsewhere on the screen brings the list up to date.
export const versionsKey = (resource: string, id: number | string) => ['record-versions', resource, String(id)];
const base = (resource: string, id: number | string) => `/api/${resource}/${encodeURIComponent(String(id))}/versions`;

/** "versions 0-24/31" → 31; the page's own length when the header is missing. */
const totalOf = (header: string | null, fallback: number) => {
  const total = Number(header?.split('/').pop());
  return Number.isInteger(total) ? total : fallback;
};

/** One page of versions, newest first; `page` counts from 0. */
export async function fetchVersions(resource: string, id: number | string, page: number): Promise<VersionPage> {
  const from = page * VERSIONS_PER_PAGE;
  const range = encodeURIComponent(JSON.stringify([from, from + VERSIONS_PER_PAGE - 1]));
  const { json, headers } = await httpClient(`${base(resource, id)}?range=${range}`);
  const versions = json as VersionSummary[];
  return { versions, total: totalOf(headers.get('Content-Range'), from + versions.length) };
}

export async function fetchVersion(resource: string, id: number | string, n: number): Promise<VersionDetail> {
  return (await httpClient(`${base(resource, id)}/${n}`)).json as VersionDetail;
}

/**
 * Writes version n back as a new version. row_version is the record as this screen shows it, so a
 * restore decided on a stale screen is a 409, never a silent overwrite of someone's newer save.
 */
export async function restoreVersion(resource: string, id: number | string, n: number, rowVersion: number) {
  const { json } = await httpClient(`${base(resource, id)}/${n}/restore`, {
    method: 'POST',
    body: JSON.stringify({ row_version: rowVersion }),
  });
  return json as Record<string, unknown> & { id: number; row_version: number };
}
