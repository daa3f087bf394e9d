/**
 * Malformed path parameters on every route that has one: record ids that are not positive
 * integers written plainly (`3.0`, `0x3`, ` 3`, `+3`, `03`, `1e3`, overflowing numbers, NUL,
 * non-ASCII digits, traversal, prototype keys), and the same for other parameters (a job's
 * action: `constructor`, `__proto__`…). Never a 5xx, never a secret, and never a 2xx: a malformed
 * id must not be read as a well-formed one (docs/api.md: anything else is a 400).
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { baseBody } from './support/bodies.js';
import { fillPath, PERSONAS, startHarness, type PersonaName } from './support/harness.js';
import { rawRequest } from './support/http.js';
import type { Route } from './support/spec.js';
import { Hostile, toJson } from './support/hostile.js';
import { fuzzRoutes } from './support/suite.js';

const h = await startHarness('record-ids.test.ts');

/**
 * A real id the persona could reach on this route: a record of its resource, or for the caller's
 * own API tokens (/api/auth/tokens/{id}) a token the persona has just issued.
 */
async function realId(route: Route, persona: PersonaName): Promise<number> {
  if (!route.resource && route.path.startsWith('/api/auth/tokens/') && persona !== 'anonymous') {
    const { cookie, csrf } = h.sessions[persona];
    const res = await rawRequest(h.port, {
      method: 'POST',
      path: '/api/auth/tokens',
      headers: { cookie: cookie!, 'x-csrf-token': csrf!, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'fuzz' }),
    });
    if (res.status === 201) return (res.json as { id: number }).id;
  }
  return h.ids.get(route.resource?.name ?? '')?.[0] ?? 1;
}

/**
 * Malformed spellings of a real id `n` (as sent in the path, percent-encoded where a raw character
 * could not go): a lenient parser reads them as `n`, finds the record and answers 2xx.
 */
const MALFORMED_IDS: ((n: number) => string)[] = [
  (n) => `${n}.0`,
  (n) => `0x${n.toString(16)}`,
  (n) => `%20${n}`,
  (n) => `${n}%20`,
  (n) => `+${n}`,
  (n) => `0${n}`,
  (n) => `${n}e0`,
  (n) => `${n}%00`,
  (n) => `${n}%0A`,
  (n) => `${n}abc`,
  (n) => `${n};1`,
  (n) => `${n},${n}`,
  (n) => `%5B${n}%5D`,
  (n) => `0b${n.toString(2)}`,
  (n) => `0o${n.toString(8)}`,
  (n) => `${n}n`,
  (n) => `%E2%80%AE${n}`,
  (n) => `%E2%80%8B${n}`,
  (n) => `${n}.`,
  (n) => `${n}.00000000000000001`,
  (n) => `${n + 2 ** 53}`,
  () => '-3',
  () => '0',
  () => '-0',
  () => '1e3',
  () => 'Infinity',
  () => 'NaN',
  () => '99999999999999999999999',
  () => '%00',
  () => '%ED%A0%80',
  () => '%EF%BC%93', // fullwidth 3
  () => '%D9%A3', // arabic-indic 3
  () => 'abc',
  () => '..%2f..%2fetc%2fpasswd',
  () => '%2e%2e',
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
  () => '%',
];
const MALFORMED_WORDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'SUBMIT',
  'submit%00',
  'submit%20',
  '%2e%2e',
  '%ED%A0%80',
  'x'.repeat(5000),
];

describe('malformed record ids and path parameters', () => {
  fuzzRoutes(
    h,
    h.routes.filter((r) => r.pathParams.length > 0),
    (route) =>
      route.pathParams.map((param) => {
        const cls = `path-${param.name}`;
        const isId = param.schema?.type === 'integer' || param.name === 'id';
        const spellings: ((n: number) => string)[] = isId ? MALFORMED_IDS : MALFORMED_WORDS.map((w) => () => w);
        return {
          cls,
          arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), spell: fc.nat({ max: spellings.length - 1 }) }),
          predicate: async ({ persona, spell }: { persona: PersonaName; spell: number }) => {
            const real = await realId(route, persona);
            const raw = spellings[spell](real);
            const value = new Hostile(cls, raw, raw.length > 40 ? `${raw.slice(0, 20)}…` : raw);
            const body = route.body?.schema ? toJson(await baseBody(h, route)) : undefined;
            const res = await h.send(route, {
              persona,
              cls,
              label: value.label,
              request: {
                method: route.method,
                path: fillPath(h, route, { [param.name]: value.value }),
                headers: body ? { 'content-type': 'application/json' } : {},
                body,
              },
            });
            if (res && res.status < 300) {
              throw h.findings.violation({
                method: route.method,
                path: route.path,
                persona,
                cls,
                label: value.label,
                kind: 'malformed id accepted',
                status: res.status,
                detail: `answered ${res.status} to ${param.name}=${value.label}: ${res.text.slice(0, 120)}`,
              });
            }
          },
        };
      }),
  );
});
