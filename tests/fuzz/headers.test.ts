/**
 * Hostile headers on every route: a malformed or foreign Referer without an Origin, foreign and
 * malformed Origins, odd Content-Types and Content-Encodings, malformed Authorization, CSRF
 * tokens, request ids and cookies. Never a 5xx, never a secret; and a cookie write (POST, PUT,
 * PATCH, DELETE, signed in, with the right CSRF token) whose Origin or Referer is not this server
 * is refused (403, or a 4xx about the request itself: 400, 413, 415), never carried out.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { baseBody } from './support/bodies.js';
import { fillPath, PERSONAS, startHarness } from './support/harness.js';
import { Hostile, toJson } from './support/hostile.js';
import { fuzzRoutes } from './support/suite.js';

const h = await startHarness('headers.test.ts');

type Headers = Record<string, string | string[]>;
const cls = (name: string, list: Headers[]) =>
  list.map(
    (headers) =>
      new Hostile<Headers>(
        name,
        headers,
        Object.entries(headers)
          .map(([k, v]) => `${k}: ${JSON.stringify(v).slice(0, 50)}`)
          .join(', '),
      ),
  );

/** Origins and Referers that are not this server: a cookie write carrying one must be refused. */
const FOREIGN = [
  ...cls('referer', [
    { referer: 'not a url' },
    { referer: 'http://' },
    { referer: '://' },
    { referer: 'http://[::1' },
    { referer: 'javascript:alert(1)' },
    { referer: 'http://evil.example/admin' },
    { referer: '//evil.example' },
    { referer: 'http://127.0.0.1.evil.example/' },
    { referer: 'data:text/html,x' },
    { referer: '%' },
    { referer: 'http://evil.example', origin: '' },
  ]),
  ...cls('origin', [
    { origin: 'null' },
    { origin: 'not a url' },
    { origin: 'http://evil.example' },
    { origin: 'file://' },
    { origin: 'http://127.0.0.1:1' },
    { origin: 'http://evil.example', referer: 'not a url' },
    { origin: ['http://evil.example', 'http://evil.example'] },
  ]),
];

const OTHER: Record<string, Hostile<Headers>[]> = {
  'content-type': cls('content-type', [
    { 'content-type': 'application/json; charset=utf-16' },
    { 'content-type': 'application/json; charset=latin1' },
    { 'content-type': 'application/json; charset=bogus' },
    { 'content-type': 'text/plain' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'multipart/form-data; boundary=x' },
    { 'content-type': 'multipart/form-data' },
    { 'content-type': 'application/json;;;' },
    { 'content-type': 'application/json, text/csv' },
    { 'content-type': 'application/jsonx' },
    { 'content-type': 'application/vnd.api+json' },
    { 'content-type': 'application/merge-patch+json' },
    { 'content-type': 'text/csv' },
    { 'content-type': 'text/csv; charset=utf-16le' },
    { 'content-type': '*/*' },
    { 'content-type': '' },
    { 'content-type': '\u00ff/\u00ff' },
    { 'content-type': ['application/json', 'text/csv'] },
    { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    { 'content-type': 'application/json', 'content-encoding': 'deflate' },
    { 'content-type': 'application/json', 'content-encoding': 'br' },
    { 'content-type': 'application/json', 'content-encoding': 'bogus' },
  ]),
  authorization: cls('authorization', [
    { authorization: 'Bearer' },
    { authorization: 'Bearer ' },
    { authorization: `Bearer pyo_${'a'.repeat(43)}` },
    { authorization: `Bearer pyo_${'a'.repeat(42)}\u00ff` },
    { authorization: 'Bearer pyo_' },
    { authorization: 'Basic dXNlcjpwYXNz' },
    { authorization: 'Bearer a b c' },
    { authorization: `bearer pyo_${'b'.repeat(43)}` },
    { authorization: `Bearer ${'a'.repeat(8000)}` },
    { authorization: 'Token x' },
    { authorization: ['Bearer x', 'Bearer y'] },
    { authorization: 'Bearer ../../etc/passwd' },
    { authorization: 'Bearer __proto__' },
  ]),
  'csrf-token': cls('csrf-token', [
    { 'x-csrf-token': '' },
    { 'x-csrf-token': 'undefined' },
    { 'x-csrf-token': 'x'.repeat(8000) },
    { 'x-csrf-token': ['a', 'b'] },
    { 'x-csrf-token': '__proto__' },
    { 'x-csrf-token': '\u00ff\u00fe' },
  ]),
  'request-id': cls('request-id', [
    { 'x-request-id': '../../etc/passwd' },
    { 'x-request-id': 'x'.repeat(8000) },
    { 'x-request-id': '\u00ff' },
    { 'x-request-id': ['a', 'b'] },
    { 'x-request-id': '__proto__' },
  ]),
  cookie: cls('cookie', [
    { cookie: 'pyorg.sid=s%3Agarbage' },
    { cookie: 'pyorg.sid=%' },
    { cookie: 'pyorg.sid=s:x.y' },
    { cookie: 'pyorg.sid=%ED%A0%80' },
    { cookie: `pyorg.sid=${'a'.repeat(8000)}` },
    { cookie: '__proto__=1; constructor=2' },
    { cookie: ';;;==;' },
  ]),
  accept: cls('accept', [
    { accept: 'application/xml' },
    { accept: '*/*;q=abc' },
    { accept: 'text/csv' },
    { 'accept-encoding': 'gzip;q=x' },
    { 'accept-language': '\u00ff'.repeat(100) },
  ]),
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Refusals of the request itself, which may come before the origin check. */
const REFUSED = new Set([400, 403, 413, 415, 431]);

describe('hostile headers', () => {
  fuzzRoutes(h, h.routes, (route) => {
    const request = async (headers: Headers) => {
      const body = route.body?.schema ? toJson(await baseBody(h, route)) : undefined;
      return {
        method: route.method,
        path: fillPath(h, route, route.method === 'DELETE' ? { id: '99999999' } : {}),
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body,
      };
    };
    if (!WRITES.has(route.method)) {
      // Reads: every hostile header in one property (the origin check is for writes).
      const all = [...FOREIGN, ...Object.values(OTHER).flat()];
      return [
        {
          cls: 'any-header',
          arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), headers: fc.constantFrom(...all) }),
          predicate: async ({ persona, headers }: { persona: (typeof PERSONAS)[number]; headers: Hostile<Headers> }) => {
            await h.send(route, {
              persona,
              cls: headers.cls,
              label: headers.label,
              noCredentials: headers.cls === 'cookie',
              request: await request(headers.value),
            });
          },
        },
      ];
    }
    return [
      {
        cls: 'foreign-origin',
        arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), headers: fc.constantFrom(...FOREIGN) }),
        predicate: async ({ persona, headers }: { persona: (typeof PERSONAS)[number]; headers: Hostile<Headers> }) => {
          const res = await h.send(route, {
            persona,
            cls: `foreign-${headers.cls}`,
            label: headers.label,
            request: await request(headers.value),
          });
          // A route that ignores cookies must not act on one: whatever else it answers, never a success.
          const refused = route.ignoresCookies ? res !== undefined && res.status >= 400 : REFUSED.has(res?.status ?? 0);
          if (res && WRITES.has(route.method) && route.key !== 'POST /api/auth/login' && persona !== 'anonymous' && !refused) {
            throw h.findings.violation({
              method: route.method,
              path: route.path,
              persona,
              cls: `foreign-${headers.cls}`,
              label: headers.label,
              kind: 'cross-site write not refused',
              status: res.status,
              detail: `a cookie write with ${headers.label} answered ${res.status}, not 403: ${res.text.slice(0, 120)}`,
            });
          }
        },
      },
      ...Object.entries(OTHER).map(([name, list]) => ({
        cls: name,
        arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), headers: fc.constantFrom(...list) }),
        predicate: async ({ persona, headers }: { persona: (typeof PERSONAS)[number]; headers: Hostile<Headers> }) => {
          // A hostile Cookie header replaces the persona's session; the others keep it.
          const noCredentials = name === 'cookie';
          await h.send(route, { persona, cls: name, label: headers.label, noCredentials, request: await request(headers.value) });
        },
      })),
    ];
  });
});
