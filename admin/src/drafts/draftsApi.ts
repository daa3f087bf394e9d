import type { Identifier } from 'react-admin';
import { httpClient } from '../dataProvider';

/** The pending draft a read of a versioned record describes (docs/api.md, "Drafts, scheduled publishing and preview links"). */
export interface DraftInfo {
  row_version: number;
  author_id: number | null;
  /** The author's user name; null once the user is deleted. */
  author: string | null;
  updated: string;
}

/** The fields every read of a versioned record carries about its draft and schedule. */
export interface EditorialFields {
  has_draft?: boolean;
  draft?: DraftInfo | null;
  publish_at?: string | null;
  unpublish_at?: string | null;
  /** Only on a draft (GET …/draft): the live record's row_version. */
  live_row_version?: number;
}

export interface Schedule {
  publish_at: string | null;
  unpublish_at: string | null;
}

export interface PreviewLink {
  url: string;
  expires: string;
}

const base = (resource: string, id: Identifier) => `/api/${resource}/${encodeURIComponent(String(id))}`;
const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

/** Applies the draft (pages and releases: publishes the record); row_version is the draft's, or the record's without one. */
export async function publishRecord(resource: string, id: Identifier, rowVersion: number, comment?: string) {
  const body = { row_version: rowVersion, ...(comment ? { version_comment: comment } : {}) };
  return (await httpClient(`${base(resource, id)}/publish`, post(body))).json as Record<string, unknown>;
}

export async function discardDraft(resource: string, id: Identifier) {
  await httpClient(`${base(resource, id)}/draft`, { method: 'DELETE' });
}

/** Sets or clears (null) each instant; one left out stays as it is. */
export async function saveSchedule(resource: string, id: Identifier, schedule: Partial<Schedule>): Promise<Schedule> {
  return (await httpClient(`${base(resource, id)}/schedule`, { method: 'PUT', body: JSON.stringify(schedule) })).json as Schedule;
}

/** A signed URL that shows the draft (or the live record) rendered to someone not signed in. */
export async function createPreviewLink(resource: string, id: Identifier, draft: boolean): Promise<PreviewLink> {
  return (await httpClient(`${base(resource, id)}/preview-link`, post({ draft }))).json as PreviewLink;
}
