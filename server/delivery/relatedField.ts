/**
 * A field built from other tables' rows (a page's images): `select` is SQL over the row `t` giving
 * JSON; `tag` gives the (id, row_version) pairs of every row it reads, so the answer's tag changes
 * when they do.
 */
export interface RelatedField {
  name: string;
  kind: 'related';
  select: string;
  tag: string;
  /** The row's own columns it reads besides id (a blog entry's feed_id). */
  columns?: readonly string[];
  /** The JSON Schema of its values, for the OpenAPI document. */
  schema: Record<string, unknown>;
}
