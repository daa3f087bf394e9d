import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../../db/sql.js';

/** What a preview link shows: one record, its draft or its live form, until `expires`. */
export interface PreviewTarget {
  resource: string;
  id: number;
  draft: boolean;
  expires: Date;
}

/**
 * The key preview links are signed with, shared by every instance through the settings table and
 * made by the first to need it. Rotating it (rotatePreviewKey) revokes every link made before.
 */
async function previewKey(sql: Sql): Promise<Buffer> {
  // One statement: the stored key, or the one this call stores when there is none yet.
  const [row] = await sql.query<{ value: string }>(
    `WITH made AS (INSERT INTO settings (key, value) VALUES ('preview_key', $1) ON CONFLICT (key) DO NOTHING RETURNING value)
     SELECT value FROM made UNION ALL SELECT value FROM settings WHERE key = 'preview_key' LIMIT 1`,
    [randomBytes(32).toString('base64url')],
  );
  return Buffer.from(row.value, 'base64url');
}

export async function rotatePreviewKey(sql: Sql): Promise<void> {
  await sql.query(`INSERT INTO settings (key, value) VALUES ('preview_key', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
    randomBytes(32).toString('base64url'),
  ]);
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** The token of a link: the target in the clear (base64url), then its HMAC-SHA256 under the preview key. */
export async function signPreview(sql: Sql, target: PreviewTarget): Promise<string> {
  const payload = Buffer.from(
    JSON.stringify([target.resource, target.id, target.draft ? 1 : 0, Math.floor(target.expires.getTime() / 1000)]),
  ).toString('base64url');
  return `${payload}.${mac(await previewKey(sql), payload)}`;
}

/** The target of a token that is well formed, signed with the current key and not expired; otherwise undefined, whatever the reason. */
export async function verifyPreview(sql: Sql, token: string, now = Date.now()): Promise<PreviewTarget | undefined> {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 600) return undefined;
  const expected = Buffer.from(mac(await previewKey(sql), payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString());
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || fields.length !== 4) return undefined;
  const [resource, id, draft, expires] = fields as unknown[];
  if (typeof resource !== 'string' || !Number.isSafeInteger(id) || !Number.isSafeInteger(expires)) return undefined;
  if ((expires as number) * 1000 <= now) return undefined;
  return { resource, id: id as number, draft: draft === 1, expires: new Date((expires as number) * 1000) };
}
