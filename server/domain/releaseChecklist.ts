/**
 * What `GET /api/releases/{id}/checklist` answers, and the items a publish refused with 409 lists as
 * `missing`. Types only, shared by the server (server/releases/checklist.ts) and the admin's publishing panel.
 */

export type ChecklistKey = 'download_buttons' | 'signatures' | 'release_notes' | 'release_date';

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  ok: boolean;
  /** What is missing; when ok, what was found. */
  detail: string;
}

/** What a release needs before it is published (docs/api.md, Releases and release files). */
export interface Checklist {
  ready: boolean;
  items: ChecklistItem[];
}
