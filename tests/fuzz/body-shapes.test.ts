/**
 * Every route, whatever its method, sent a hostile body as a whole: 10,000 and 100,000 levels of
 * nesting, JSON that is not an object, malformed JSON, prototype keys at the top of the body,
 * bodies at and over the 1 MB limit, and hostile CSV where a route takes text/csv. Never a 5xx,
 * never a secret in the answer.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { baseBody } from './support/bodies.js';
import { fillPath, PERSONAS, startHarness } from './support/harness.js';
import { deepArray, deepObject, distinctWords, Hostile, toJson } from './support/hostile.js';
import type { Route } from './support/spec.js';
import { fuzzRoutes, type AnyProperty } from './support/suite.js';

const h = await startHarness('body-shapes.test.ts');

/** A body as text, made from the route's plausible body. */
type Shape = (base: unknown) => string;

const shape = (cls: string, label: string, make: Shape) => new Hostile<Shape>(cls, make, label);
const splice = (base: unknown, member: string) => {
  const text = toJson(base);
  return text.startsWith('{') && text !== '{}' ? `{${member},${text.slice(1)}` : `{${member}}`;
};

const SHAPES: Record<string, Hostile<Shape>[]> = {
  'deep-json': [
    shape('deep-json', '[[[…]]] 10,000 levels', () => deepArray(10_000).text),
    shape('deep-json', '{"a":{"a":…}} 10,000 levels', () => deepObject(10_000).text),
    shape('deep-json', '[[[…]]] 100,000 levels', () => deepArray(100_000).text),
    shape('deep-json', 'a field 10,000 levels deep', (base) => splice(base, `"title":${deepArray(10_000).text}`)),
    shape('deep-json', 'the body in 10,000 arrays', (base) => '['.repeat(10_000) + toJson(base) + ']'.repeat(10_000)),
  ],
  'not-an-object': ['null', '[]', '"text"', '1', 'true', '[{}]', '[null]', '{}', '[[1,2],[3]]'].map((text) =>
    shape('not-an-object', text, () => text),
  ),
  'malformed-json': [
    '{',
    '{"a":1,}',
    "{'a':1}",
    'NaN',
    '{"a":1}{"b":2}',
    '\ufeff{"a":1}',
    '{"a":"\u0000"}',
    '{"a":1e999999}',
    '{"a":-}',
    '',
    '   ',
    '{"a":"\\ud800"}',
    '{"\\u0000":1}',
    '{"a":"\\u00"}',
  ].map((text) => shape('malformed-json', JSON.stringify(text), () => text)),
  'prototype-key': [
    '"__proto__":{"is_superuser":true,"polluted":1}',
    '"constructor":{"prototype":{"polluted":1}}',
    '"__proto__":null',
    '"prototype":1',
    '"toString":"x"',
    '"hasOwnProperty":1',
    '"__proto__":{"__proto__":{"polluted":1}}',
  ].map((member) => shape('prototype-key', `{${member},…}`, (base) => splice(base, member))),
  'duplicate-keys': [
    shape('duplicate-keys', '{"row_version":1,"row_version":"x"}', (base) => splice(base, '"row_version":1,"row_version":"x"')),
    shape('duplicate-keys', '{"id":1,"id":{}}', (base) => splice(base, '"id":1,"id":{}')),
  ],
  'huge-body': [
    shape('huge-body', '1 MB + 1 of JSON', () => JSON.stringify({ title: distinctWords(1_048_577) })),
    shape('huge-body', '900 kB of whitespace around the body', (base) => ' '.repeat(900_000) + toJson(base)),
    shape('huge-body', '100,000 unknown fields', () => `{${Array.from({ length: 100_000 }, (_, i) => `"f${i}":1`).join(',')}}`),
  ],
};

const CSV: Hostile<Shape>[] = [
  'url,os\n"https://www.python.org/ftp/a.tgz\u0000",source\n',
  'url,os\n"unterminated,source\n',
  '\ufeffurl,os\nhttps://www.python.org/ftp/a.tgz,source\n',
  'url,url\nx,y\n',
  '__proto__,constructor\n1,2\n',
  "url,os\n=cmd|' /C calc'!A0,source\n",
  'url\n' + 'https://www.python.org/ftp/x.tgz\n'.repeat(20_000),
  '\ud800,\udfff\n1,2\n',
  'url,os\r\n\r\n\r\n',
].map((text) => shape('csv', JSON.stringify(text.slice(0, 50)), () => text));

const bodyTarget = (route: Route) => fillPath(h, route, route.method === 'DELETE' ? { id: '99999999' } : {});

describe('hostile bodies on every route', () => {
  fuzzRoutes(h, h.routes, (route) => {
    // A route that reads no body gets every shape in one property: only the common parser sees it.
    const classes = route.body ? Object.entries(SHAPES) : [['any-shape', Object.values(SHAPES).flat()] as const];
    const properties: AnyProperty[] = classes.map(([cls, shapes]) => ({
      cls,
      runs: cls === 'huge-body' || cls === 'deep-json' ? 3 : undefined,
      arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), shape: fc.constantFrom(...(shapes as Hostile<Shape>[])) }),
      predicate: async ({ persona, shape }: { persona: (typeof PERSONAS)[number]; shape: Hostile<Shape> }) => {
        await h.send(route, {
          persona,
          cls: shape.cls,
          label: shape.label,
          request: {
            method: route.method,
            path: bodyTarget(route),
            headers: { 'content-type': 'application/json' },
            body: shape.value(route.body ? await baseBody(h, route) : { title: 'fuzz' }),
          },
        });
      },
    }));
    if (route.body?.contentTypes.includes('text/csv')) {
      properties.push({
        cls: 'csv',
        arbitrary: fc.record({ persona: fc.constantFrom(...PERSONAS), shape: fc.constantFrom(...CSV) }),
        predicate: async ({ persona, shape }: { persona: (typeof PERSONAS)[number]; shape: Hostile<Shape> }) => {
          await h.send(route, {
            persona,
            cls: 'csv',
            label: shape.label,
            request: {
              method: route.method,
              path: bodyTarget(route),
              headers: { 'content-type': 'text/csv' },
              body: shape.value(undefined),
            },
          });
        },
      });
    }
    return properties;
  });
});
