import { createHash, randomBytes } from 'node:crypto';

/** Tokens are recognisable in logs and secret scanners by their prefix. */
const PREFIX = 'pyo_';

export function newToken(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, 12) };
}

/** A token has 256 random bits, so a fast hash is enough: nobody can brute-force the preimage. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
