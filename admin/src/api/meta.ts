import { useQuery } from '@tanstack/react-query';
import type { FieldDescription, ResourceDescription } from '../../../server/domain/resourceDescription';

export type FieldMeta = FieldDescription;
export type ResourceMeta = ResourceDescription;

async function fetchMeta(): Promise<Record<string, ResourceMeta>> {
  const res = await fetch('/api/meta/resources', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`Could not load the resource descriptions (${res.status}).`);
  const list = (await res.json()) as ResourceMeta[];
  return Object.fromEntries(list.map((r) => [r.name, r]));
}

/** Every resource's declaration, loaded once per session: the server's entities are the single source. */
export function useResourcesMeta() {
  return useQuery({ queryKey: ['meta', 'resources'], queryFn: fetchMeta, staleTime: Infinity });
}

export function useResourceMeta(name: string): ResourceMeta | undefined {
  return useResourcesMeta().data?.[name];
}
