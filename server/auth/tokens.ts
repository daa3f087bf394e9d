import { createHash, randomBytes } from 'node:crypto';
import type { ResourceModel, Row, WriteTx } from '../crud/types.js';
import { writeRecord } from '../crud/write/pipeline.js';
import type { Actor } from './permissions.js';

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
const TOKEN_FIELDS = TOKEN_COLUMNS.split(', ');

/** A stored token as the token endpoints show it: never its hash, nor whose it is (yours). */
export const tokenView = (row: Row) => Object.fromEntries(TOKEN_FIELDS.map((f) => [f, row[f]]));

/**
 * Stores a new API token of the actor, through the write pipeline (audited, published after commit);
 * returns its secret, to be shown only this once, and the stored row without its hash.
 */
export async function issueToken(
  tx: WriteTx,
  tokens: ResourceModel,
  actor: Actor,
  name: string,
  expires: string | null = null,
): Promise<{ secret: string; row: Row }> {
  const token = newToken();
  const input = { user_id: actor.id, name, expires, token_hash: token.hash, token_prefix: token.prefix };
  // Everyone may issue tokens of their own: the resource itself only lists and revokes them, for superusers.
  const stored = await writeRecord(tx, tokens, { operation: 'create', actor, input, accessChecked: true });
  return { secret: token.secret, row: tokenView(stored) };
}
