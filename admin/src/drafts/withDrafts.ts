import type { DataProvider, fetchUtils, HttpError } from 'react-admin';
import { versionedResource } from '../common/versions/versioned';

type HttpClient = (url: string, options?: fetchUtils.Options) => Promise<{ json: unknown }>;

/** What reads add about a record's draft and schedule: read-only, never sent back (a PUT body refuses live_row_version). */
const EDITORIAL_FIELDS = ['has_draft', 'draft', 'publish_at', 'unpublish_at', 'live_row_version'];

const withoutEditorial = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([field]) => !EDITORIAL_FIELDS.includes(field)));

/**
 * Drafts of the versioned resources (docs/api.md, "Drafts, scheduled publishing and preview links"),
 * for those who may write them: getOne with `meta: { draft: true }` (edit screens, RecordEdit) of a
 * record with a draft reads the draft, so the form edits it and carries its row_version, while show
 * screens and references keep reading the live record; update with `meta: { saveToDraft: true }` saves to the draft,
 * leaving the live record as it is.
 */
export function withDrafts(provider: DataProvider, httpClient: HttpClient, mayWrite: (resource: string) => boolean): DataProvider {
  const url = (resource: string, id: unknown) => `/api/${resource}/${encodeURIComponent(String(id))}`;
  return {
    ...provider,
    async getOne(resource, params) {
      const result = await provider.getOne(resource, params);
      if (!params.meta?.draft || !versionedResource(resource) || !result.data.has_draft || !mayWrite(resource)) return result;
      try {
        const { json } = await httpClient(`${url(resource, params.id)}/draft`);
        return { data: json as typeof result.data };
      } catch (error) {
        // Published or discarded in between: the record is all there is.
        if ((error as HttpError)?.status === 404) return result;
        throw error;
      }
    },
    async update(resource, params) {
      if (!versionedResource(resource)) return provider.update(resource, params);
      const data = withoutEditorial(params.data);
      if (!params.meta?.saveToDraft) return provider.update(resource, { ...params, data });
      const { json } = await httpClient(`${url(resource, params.id)}?draft=true`, { method: 'PUT', body: JSON.stringify(data) });
      return { data: json as typeof params.previousData };
    },
  };
}
