import type { Checklist } from '../../../../server/domain/releaseChecklist';
import { httpClient } from '../../dataProvider';

// Under one prefix: react-admin's refresh invalidates every query, these included.
export const checklistKey = (id: number | string) => ['release-checklist', String(id)];

export async function fetchChecklist(id: number | string): Promise<Checklist> {
  return (await httpClient(`/api/releases/${id}/checklist`)).json as Checklist;
}
