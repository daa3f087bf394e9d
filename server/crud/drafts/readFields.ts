import type { ComputedField, ResourceOptions } from '../types.js';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * What every read of a versioned record adds: whether it has a pending draft, whose and from when,
 * and its pending scheduled publish and unpublish. Each is one probe of a unique index per row.
 */
export function editorialFields(resource: string, options: ResourceOptions): ComputedField[] {
  if (!options.versions) return [];
  const draftOf = `FROM record_drafts d WHERE d.resource = ${literal(resource)} AND d.record_id = t."id"`;
  const pending = (action: string) =>
    `(SELECT s.run_at FROM scheduled_publications s WHERE s.resource = ${literal(resource)} AND s.record_id = t."id" AND s.action = '${action}' AND s.status = 'pending')`;
  return [
    { name: 'has_draft', kind: 'boolean', select: `EXISTS (SELECT 1 ${draftOf})`, description: 'Whether a draft of changes is pending' },
    {
      name: 'draft',
      kind: 'json',
      select: `(SELECT jsonb_build_object('row_version', d.row_version, 'author_id', d.author_id, 'author', (SELECT u.username FROM users u WHERE u.id = d.author_id), 'updated', d.updated) ${draftOf})`,
      description: "The pending draft's row_version, author and time; null without one (GET …/draft reads it)",
    },
    { name: 'publish_at', kind: 'timestamp', select: pending('publish'), description: 'When a scheduled publish is due; null: none' },
    { name: 'unpublish_at', kind: 'timestamp', select: pending('unpublish'), description: 'When a scheduled unpublish is due; null: none' },
  ];
}

/** What `GET …/draft` adds beside the computed fields: a body sent back from it to a PUT may carry it, and it is ignored. */
export const DRAFT_READ_ONLY = ['live_row_version'];
