import type { MarkupType } from '../../domain/enums.js';
import { ident, type Sql } from '../../db/sql.js';
import { paragraphsHtml } from '../../delivery/feeds/feedText.js';
import { renderMarkup } from '../../render/markup.js';
import { titleColumnOf } from '../titleColumn.js';
import type { VersionTarget } from '../versions/snapshot.js';
import type { ResourceModel, Row } from '../types.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Bookkeeping no reader of the site sees. */
const HIDDEN = new Set(['id', 'created', 'updated', 'row_version', 'creator_id', 'last_modified_by_id', 'search_vector', 'rank_vector']);

const shown = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** A column holding markup, and the column naming its type (content and content_markup_type). */
const markupFields = (model: ResourceModel) => model.readable.filter((c) => model.columns.has(`${c}_markup_type`));

async function childTable(sql: Sql, model: ResourceModel, foreignKey: string, id: number): Promise<string> {
  const columns = model.readable.filter((c) => !HIDDEN.has(c) && c !== foreignKey);
  const rows = await sql.query<Row>(
    `SELECT ${columns.map(ident).join(', ')} FROM ${ident(model.table)} WHERE ${ident(foreignKey)} = $1 ORDER BY "id"`,
    [id],
  );
  const head = columns.map((c) => `<th>${escape(c.replace(/_/g, ' '))}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((c) => `<td>${escape(shown(row[c]) ?? '')}</td>`).join('')}</tr>`).join('\n');
  return `<section><h2>${escape(model.name.replace(/-/g, ' '))}</h2>${
    rows.length ? `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` : '<p>None.</p>'
  }</section>`;
}

/**
 * The record as a reader of the site would see it: its title, its markup rendered and sanitised by
 * the render threads (a page's content, a release's notes), its other fields, and the tables of what
 * it owns (a release's files, an event's dates). Nothing here runs script: the page is served with
 * a policy allowing none.
 */
export async function previewHtml(sql: Sql, target: VersionTarget, record: Row, state: { draft: boolean; expires: Date }): Promise<string> {
  const { model } = target;
  const titleField = titleColumnOf(model);
  const title = shown(titleField && record[titleField]) ?? `${model.noun} ${String(record.id)}`;
  const markup = markupFields(model);
  const sections: string[] = [];
  for (const field of markup) {
    const text = record[field];
    if (typeof text !== 'string' || !text.trim()) continue;
    const html = await renderMarkup(record[`${field}_markup_type`] as MarkupType, text);
    sections.push(`<section class="markup" data-field="${escape(field)}">${html}</section>`);
  }
  const skipped = new Set([...HIDDEN, ...markup, ...markup.map((c) => `${c}_markup_type`), titleField]);
  const facts = model.readable
    .filter((c) => !skipped.has(c))
    .map((c) => [c, shown(record[c])] as const)
    .filter(([, value]) => value !== undefined)
    .map(
      ([c, value]) => `<dt>${escape(c.replace(/_/g, ' '))}</dt><dd>${c === 'description' ? paragraphsHtml(value!) : escape(value!)}</dd>`,
    );
  for (const { model: child, foreignKey } of target.children) sections.push(await childTable(sql, child, foreignKey, record.id as number));
  const banner = `Preview of ${state.draft ? `the unpublished draft of this ${model.noun}` : `this ${model.noun} as saved`}. This link expires ${state.expires.toISOString().replace('T', ' ').slice(0, 16)} UTC.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${escape(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
.banner{background:#ffd343;padding:.5rem 1.5rem;font-size:.9rem}h1{color:#306998}table{border-collapse:collapse;font-size:.85rem;display:block;overflow-x:auto}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}dt{font-weight:600;margin-top:.5rem}dd{margin:0}img{max-width:100%}</style>
</head><body><div class="banner" role="note">${escape(banner)}</div>
<main><h1>${escape(title)}</h1>
${sections.join('\n')}
${facts.length ? `<dl>${facts.join('')}</dl>` : ''}
</main></body></html>`;
}
