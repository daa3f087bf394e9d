import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../db/sql.js';

/** Tokens are recognisable in logs and secret scanners by their prefix. */
const PREFIX = 'pyo_';

function newToken(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, 12) };
}

/** Whether a string can be one of our tokens at all: anything else is refused without a database lookup. */
export const looksLikeToken = (secret: string) => /^pyo_[A-Za-z0-9_-]{43}$/.test(secret);

/** A token has 256 random bits, so a fast hash is enough: nobody can brute-force the preimage. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** What a token's listing shows of it: never its hash. */
export const TOKEN_COLUMNS = 'id, name, token_prefix, expires, last_used, created';

/** Stores a new token of a user; returns its secret (shown only this once) and the stored row. */
export async function issueToken(sql: Sql, userId: number, name: string, expires: string | null = null): Promise<{ secret: string; row: Record<string, unknown> }> {
  const token = newToken();
  const [row] = await sql.query(
    `INSERT INTO auth_tokens (user_id, name, token_hash, token_prefix, expires) VALUES ($1, $2, $3, $4, $5) RETURNING ${TOKEN_COLUMNS}`,
    [userId, name, token.hash, token.prefix, expires],
  );
  return { secret: token.secret, row };
}
