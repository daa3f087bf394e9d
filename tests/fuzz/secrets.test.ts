/**
 * Every GET route, as each persona, asked for what it must never give: every record (whole
 * pages of users and tokens), filters, sorts and searches on `password_hash` and `token_hash`,
 * searches for hash and token text. With API tokens issued beforehand, no answer may hold a
 * password or token hash, an argon2 hash, a field named like a secret, or a `pyo_` token secret
 * (the harness checks every response of the suite for these; here the requests go looking).
 */
import fc from 'fast-check';
import { beforeAll, describe } from 'vitest';
import { fillPath, PERSONAS, startHarness } from './support/harness.js';
import { Hostile, percentEncode } from './support/hostile.js';
import { rawRequest } from './support/http.js';
import { fuzzRoutes } from './support/suite.js';

const h = await startHarness('secrets.test.ts');

beforeAll(async () => {
  // Tokens for the personas, so there are token hashes (and secrets) to leak.
  for (const persona of ['superuser', 'no_role'] as const) {
    const { cookie, csrf } = h.sessions[persona];
    for (const name of ['ci', 'release script']) {
      await rawRequest(h.port, {
        method: 'POST',
        path: '/api/auth/tokens',
        headers: { cookie: cookie!, 'x-csrf-token': csrf!, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    }
  }
  const tokens = await h.superuser({ method: 'GET', path: '/api/auth-tokens' });
  h.ids.set(
    'auth-tokens',
    (tokens.json as { id: number }[]).map((t) => t.id),
  );
});

const SECRET_FIELDS = ['password_hash', 'token_hash', 'password', 'token', 'secret'];
const queries = [
  'range=[0,999]',
  'sort=["id","ASC"]&range=[0,999]',
  ...SECRET_FIELDS.flatMap((f) => [`filter={"${f}_neq":null}`, `filter={"${f}_like":"$"}`, `sort=["${f}","ASC"]`, `filter={"${f}":null}`]),
  'filter={"q":"$argon2id"}',
  'filter={"q":"pyo_"}',
  'filter={"q":"password_hash"}',
  'filter={"resource":"users"}&range=[0,999]',
  'filter={"resource":"auth-tokens"}&range=[0,999]',
].map(
  (q) =>
    new Hostile(
      'secret-query',
      q.replace(/=(.*?)(&|$)/g, (_m, v: string, amp: string) => `=${percentEncode(v)}${amp}`),
      q,
    ),
);

describe('no secret in any answer', () => {
  fuzzRoutes(
    h,
    h.routes.filter((r) => r.method === 'GET'),
    (route) => [
      {
        cls: 'secret-query',
        arbitrary: fc.record({
          persona: fc.constantFrom(...PERSONAS),
          query: fc.constantFrom(...queries),
          which: fc.nat({ max: 4 }),
        }),
        predicate: async ({ persona, query, which }) => {
          const ids = h.ids.get(route.resource?.name ?? '') ?? [];
          const id = String(ids[which % Math.max(1, ids.length)] ?? 1);
          await h.send(route, {
            persona,
            cls: 'secret-query',
            label: query.label,
            request: { method: 'GET', path: `${fillPath(h, route, { id })}?${query.value}` },
          });
        },
      },
    ],
  );
});
