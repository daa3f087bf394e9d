import { createHash, randomBytes } from 'node:crypto';

/** Tokens are recognisable in logs and secret scanners by their prefix. */
const PREFIX = 'pyo_';

export function newToken(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, 12) };
}

/** Whether a string can be one of our tokens at all: anything else is refused without a database lookup. */
export const looksLikeToken = (secret: string) => /^pyo_[A-Za-z0-9_-]{43}$/.test(secret);

/** A token has 256 random bits, so a fast hash is enough: nobody can brute-force the preimage. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
