import type { Sql } from '../db/sql.js';
import { ident } from '../db/sql.js';
import type { Row } from './machine.js';

/** Where a record's history lives: its transitions table and, when the workflow takes them, its comments table. */
export interface HistoryTables {
  transitions: string;
  comments?: string;
  /** The column naming the record in both. */
  subjectColumn: string;
  commentsSubjectColumn?: string;
}

const cache = new WeakMap<HistoryTables, string>();

// Both kinds in one ordered query; a transition and a comment of the same instant show the transition first.
function historySql(tables: HistoryTables): string {
  let text = cache.get(tables);
  if (text) return text;
  const comments = tables.comments
    ? `UNION ALL
       SELECT 'comment', c.id, c.created, c.creator_id, NULL, NULL, NULL, NULL, c.comment, c.comment_markup_type
       FROM ${ident(tables.comments)} c WHERE c.${ident(tables.commentsSubjectColumn!)} = $1`
    : '';
  text = `
    SELECT h.*, u.username AS actor_username FROM (
      SELECT 'transition' AS kind, t.id, t.created, t.actor_id, t.action, t.from_status, t.to_status, t.reason,
             NULL AS comment, NULL AS comment_markup_type
      FROM ${ident(tables.transitions)} t WHERE t.${ident(tables.subjectColumn)} = $1
      ${comments}
    ) h LEFT JOIN users u ON u.id = h.actor_id
    ORDER BY h.created, h.kind DESC, h.id`;
  cache.set(tables, text);
  return text;
}

const FIELDS = {
  transition: ['kind', 'id', 'created', 'actor_id', 'actor_username', 'action', 'from_status', 'to_status', 'reason'],
  comment: ['kind', 'id', 'created', 'actor_id', 'actor_username', 'comment', 'comment_markup_type'],
} as const;

/** One history entry as clients get it: only the fields of its kind. */
export const historyEntry = (row: Row) => Object.fromEntries(FIELDS[row.kind as keyof typeof FIELDS].map((f) => [f, row[f]]));

/** A record's transitions and review comments, oldest first, each with who wrote it. */
export async function historyOf(sql: Sql, tables: HistoryTables, id: number): Promise<Row[]> {
  return (await sql.query<Row>(historySql(tables), [id])).map(historyEntry);
}
