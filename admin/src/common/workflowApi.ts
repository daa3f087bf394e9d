import { httpClient } from '../dataProvider';
import type { AvailableAction, HistoryEntry } from '../../../server/domain/workflowResponses';

/*
 * Any resource's workflow routes (docs/api.md, "Workflows"): what the caller may do now, the
 * record's history, and a step. The job board has its own richer module (resources/jobs/).
 */

/** Query keys under 'workflow': react-admin's refresh invalidates every query, these included. */
export const workflowKey = (resource: string, id: number | string, what: 'transitions' | 'history') => [
  'workflow',
  resource,
  String(id),
  what,
];

export async function fetchTransitions(resource: string, id: number | string): Promise<AvailableAction[]> {
  return (await httpClient(`/api/${resource}/${id}/transitions`)).json as AvailableAction[];
}

export async function fetchHistory(resource: string, id: number | string): Promise<HistoryEntry[]> {
  return (await httpClient(`/api/${resource}/${id}/history`)).json as HistoryEntry[];
}

/** One step; row_version makes a decision taken on a stale screen a 409, never a silent overwrite. */
export async function takeStep<T>(
  resource: string,
  record: { id: number; row_version: number },
  action: string,
  fields: Record<string, unknown> = {},
): Promise<T> {
  const body = JSON.stringify({ row_version: record.row_version, ...fields });
  return (await httpClient(`/api/${resource}/${record.id}/${action}`, { method: 'POST', body })).json as T;
}

/** The server's sentence for a refused step, with its field errors (an approval's missing terms). */
export function refusalOf(error: unknown): { message: string; status: number; errors: Record<string, string> } {
  const e = error as { status?: number; message?: string; body?: { message?: string; errors?: Record<string, string> } };
  return { message: e?.body?.message ?? e?.message ?? 'The step failed.', status: e?.status ?? 0, errors: e?.body?.errors ?? {} };
}
