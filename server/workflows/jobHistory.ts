import type { Actor } from '../auth/permissions.js';
import { writeAudit } from '../crud/audit.js';
import type { Sql } from '../db/sql.js';

type Row = Record<string, unknown>;

// Both kinds in one ordered query; a transition and a comment of the same instant show the transition first.
const HISTORY = `
  SELECT h.*, u.username AS actor_username FROM (
    SELECT 'transition' AS kind, t.id, t.created, t.actor_id, t.action, t.from_status, t.to_status, t.reason,
           NULL AS comment, NULL AS comment_markup_type
    FROM job_transitions t WHERE t.job_id = $1
    UNION ALL
    SELECT 'comment', c.id, c.created, c.creator_id, NULL, NULL, NULL, NULL, c.comment, c.comment_markup_type
    FROM job_review_comments c WHERE c.job_id = $1
  ) h LEFT JOIN users u ON u.id = h.actor_id
  ORDER BY h.created, h.kind DESC, h.id`;

const FIELDS = {
  transition: ['kind', 'id', 'created', 'actor_id', 'actor_username', 'action', 'from_status', 'to_status', 'reason'],
  comment: ['kind', 'id', 'created', 'actor_id', 'actor_username', 'comment', 'comment_markup_type'],
} as const;

const shape = (row: Row) => Object.fromEntries(FIELDS[row.kind as keyof typeof FIELDS].map((f) => [f, row[f]]));

/** A job's transitions and review comments, oldest first, each with who wrote it. */
export async function jobHistory(sql: Sql, jobId: number): Promise<Row[]> {
  return (await sql.query<Row>(HISTORY, [jobId])).map(shape);
}

/** Adds a review comment (and its audit entry) on the caller's transaction; returns it as a history entry. */
export async function addJobComment(sql: Sql, jobId: number, actor: Actor, comment: string, markupType: string): Promise<Row> {
  const [row] = await sql.query<Row>(
    `INSERT INTO job_review_comments (job_id, comment, comment_markup_type, creator_id, last_modified_by_id)
     VALUES ($1, $2, $3, $4, $4) RETURNING *`,
    [jobId, comment, markupType, actor.id],
  );
  const changes = Object.fromEntries(
    ['job_id', 'comment', 'comment_markup_type', 'creator_id'].map((field) => [field, { new: row[field] }]),
  );
  await writeAudit(sql, { actorId: actor.id, tokenId: actor.tokenId, resource: 'job-review-comments', recordId: row.id as number, action: 'create', changes });
  return shape({ ...row, kind: 'comment', actor_id: actor.id, actor_username: actor.username });
}
