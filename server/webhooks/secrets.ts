import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook as Signer } from 'standardwebhooks';

/** A new signing secret in Standard Webhooks' form: whsec_ and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** A message id (the webhook-id header): unique, the same on every try of one delivery. */
export const newMessageId = () => `msg_${randomUUID().replace(/-/g, '')}`;

/** Whether a secret someone brings is one Standard Webhooks can use: whsec_ and 24 to 64 bytes of base64. */
export function secretProblem(secret: string): string | undefined {
  if (!secret.startsWith('whsec_')) return 'A signing secret starts with whsec_ followed by base64.';
  const bytes = Buffer.from(secret.slice(6), 'base64');
  if (bytes.length < 24 || bytes.length > 64 || bytes.toString('base64') !== secret.slice(6)) {
    return 'A signing secret is whsec_ followed by 24 to 64 bytes in base64.';
  }
  return undefined;
}

/**
 * The Standard Webhooks headers of one try: webhook-signature holds a signature by each secret that
 * signs (the previous one too, during a rotation's overlap), space-separated, as the verifier accepts.
 */
export function signedHeaders(messageId: string, body: string, secrets: readonly string[], at = new Date()): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Signer(secret).sign(messageId, at, body)).join(' '),
  };
}
