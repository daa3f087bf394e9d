import { httpClient } from '../../dataProvider';

/** One condition GET /api/releases/{id}/checklist checks before a release may be published. */
export interface ChecklistItem {
  key: string;
  label: string;
  ok: boolean;
  /** What is missing, e.g. "macOS has 2 download-button files; Windows has none". */
  detail?: string | null;
}

export interface Checklist {
  ready: boolean;
  items: ChecklistItem[];
}

// Under one prefix: react-admin's refresh invalidates every query, these included.
export const checklistKey = (id: number | string) => ['release-checklist', String(id)];

export async function fetchChecklist(id: number | string): Promise<Checklist> {
  return (await httpClient(`/api/releases/${id}/checklist`)).json as Checklist;
}
