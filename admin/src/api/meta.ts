import { useQuery } from '@tanstack/react-query';

/** Mirrors server/crud/describe.ts: what `GET /api/meta/resources` answers. */
export interface FieldMeta {
  name: string;
  kind: 'integer' | 'string' | 'boolean' | 'timestamp' | 'date' | 'json' | 'ids';
  nullable: boolean;
  writable: boolean;
  required: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  writeOnly?: boolean;
  choices?: readonly (string | number)[];
  pattern?: { source: string; message?: string };
  prefix?: string;
  reference?: string;
}

export interface ResourceMeta {
  name: string;
  operations: string[];
  fields: FieldMeta[];
  filters: string[];
  sort: string[];
  defaultSort: [string, 'ASC' | 'DESC'];
  search: boolean;
}

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
