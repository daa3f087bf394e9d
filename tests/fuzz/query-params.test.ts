/**
 * Query strings: malformed `filter`, `sort` and `range` on every list (null, arrays, objects,
 * huge id lists, non-JSON, secret and undeclared fields, prototype keys), hostile values of
 * every class under every declared filter key and operator, and hostile values for every other
 * declared query parameter; on every route, repeated and undeclared parameters and a token in the
 * query string. Never a 5xx, never a secret in the answer.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { fillPath, PERSONAS, startHarness } from './support/harness.js';
import { Hostile, percentEncode, queryText, RawJson, toJson, urlValueClasses } from './support/hostile.js';
import type { Route } from './support/spec.js';
import { fuzzRoutes, type AnyProperty } from './support/suite.js';

const h = await startHarness('query-params.test.ts');

const raw = (cls: string, texts: string[]) => texts.map((t) => new Hostile(cls, new RawJson(t), JSON.stringify(t)));
const hugeIds = (n: number) => `{"id":[${Array.from({ length: n }, (_, i) => i + 1).join(',')}]}`;

const NOT_JSON = ['{', '[', 'undefined', "{'id':1}", '%', '%zz', '%E0%A4%A', '%C0%AE', '', ' ', '{"id":1}}', '\u0000', '\ud800'];

const MALFORMED: Record<'filter' | 'sort' | 'range', Hostile[]> = {
  filter: [
    ...raw('filter', ['null', '[]', '"id"', '1', 'true', '[{"id":1}]', '{"id":null}', '{"id":[]}', '{"id":[[1]]}', '{"id":{"a":1}}']),
    ...raw('filter', ['{"q":1}', '{"q":["a"]}', '{"q":{"a":1}}', '{"q":null}', '{"id":1e400}', '{"id":-0}', '{"id":99999999999999999999}']),
    ...raw('filter', [
      '{"id":"0x3"}',
      '{"id":" 3"}',
      '{"id":"3.0"}',
      '{"id_gt":"abc"}',
      '{"created_gte":"not a date"}',
      '{"created_gte":"99999-01-01"}',
    ]),
    ...raw('filter', ['{"__proto__":1}', '{"constructor":1}', '{"toString":1}', '{"__proto__":{"id":1}}', '{"hasOwnProperty":1}']),
    ...raw('filter', ['{"password_hash":"x"}', '{"password_hash_like":"$argon2"}', '{"token_hash":"a"}', '{"token_hash_neq":null}']),
    ...raw('filter', [hugeIds(1001), hugeIds(3000), `{"id":[${'"x",'.repeat(1500)}"x"]}`, `{"id":${'['.repeat(3000)}${']'.repeat(3000)}}`]),
    ...raw('filter', ['{"id_like":"%"}', '{"_like":"x"}', '{"":1}', '{"id__gt":1}', '{"id_gt_lt":1}', '{"q":"a:* | b & !c <-> d"}']),
    ...NOT_JSON.map((t) => new Hostile('filter', t)),
  ],
  sort: [
    ...raw('sort', ['null', '[]', '["id"]', '["id","SIDEWAYS"]', '["id","ASC","x"]', '[1,2]', '{"a":1}', '"id"', '[null,null]']),
    ...raw('sort', ['["password_hash","ASC"]', '["token_hash","DESC"]', '["__proto__","ASC"]', '["constructor","DESC"]']),
    ...raw('sort', [
      '["id; DROP TABLE users","ASC"]',
      '["id","ASC\\u0000"]',
      '["title\\"","ASC"]',
      '["id","asc\\ud800"]',
      '[["id"],"ASC"]',
    ]),
    ...NOT_JSON.map((t) => new Hostile('sort', t)),
  ],
  range: [
    ...raw('range', ['null', '[]', '[0]', '[5,1]', '[-1,5]', '[0,1000]', '[0,1e308]', '[1.5,2]', '["0","9"]', '[0,9007199254740993]']),
    ...raw('range', [
      '[null,null]',
      '{"0":0}',
      '"0-9"',
      '[0,"10"]',
      '[1e400,1e400]',
      '[0,-0]',
      '[[0],[9]]',
      '[9007199254740991,9007199254740991]',
    ]),
    ...NOT_JSON.map((t) => new Hostile('range', t)),
  ],
};

const encode = (value: unknown) => percentEncode(queryText(value));
const OPERATORS = ['', '_gt', '_gte', '_lt', '_lte', '_neq', '_like'];
const TOKEN_PARAMS = ['token', 'access_token', 'api_key'];

const get = (route: Route, query: string) => ({
  method: route.method,
  path: `${fillPath(h, route, route.method === 'DELETE' ? { id: '99999999' } : {})}?${query}`,
});

describe('hostile query strings', () => {
  fuzzRoutes(h, h.routes, (route) => {
    const properties: AnyProperty[] = [];
    const persona = fc.constantFrom(...PERSONAS);
    const declared = new Set(route.queryParams.map((p) => p.name));
    // react-admin's list parameters, malformed.
    for (const name of ['filter', 'sort', 'range'] as const) {
      if (!declared.has(name)) continue;
      properties.push({
        cls: `${name}-malformed`,
        arbitrary: fc.record({ persona, value: fc.constantFrom(...MALFORMED[name]) }),
        predicate: async ({ persona, value }) => {
          await h.send(route, {
            persona,
            cls: `${name}-malformed`,
            label: value.label,
            request: get(route, `${name}=${encode(value.value)}`),
          });
        },
      });
    }
    // Every declared filter key and operator, every value class.
    const resource = route.resource;
    if (declared.has('filter') && resource) {
      const keys = [...resource.filters, 'q'];
      for (const [cls, values] of Object.entries(urlValueClasses)) {
        properties.push({
          cls: `filter-${cls}`,
          arbitrary: fc.record({ persona, key: fc.constantFrom(...keys), op: fc.constantFrom(...OPERATORS), value: values }),
          predicate: async ({ persona, key, op, value }) => {
            const name = key === 'q' ? 'q' : `${key}${op}`;
            const filter = toJson({ [name]: value.value });
            await h.send(route, {
              persona,
              cls: `filter-${cls}`,
              label: `{"${name}": ${value.label}}`,
              request: get(route, `filter=${percentEncode(filter)}`),
            });
          },
        });
      }
    }
    // Every other declared query parameter, every value class.
    const others = route.queryParams.filter((p) => !['filter', 'sort', 'range'].includes(p.name)).map((p) => p.name);
    if (others.length) {
      for (const [cls, values] of Object.entries(urlValueClasses)) {
        properties.push({
          cls: `param-${cls}`,
          arbitrary: fc.record({ persona, name: fc.constantFrom(...others), value: values }),
          predicate: async ({ persona, name, value }) => {
            await h.send(route, {
              persona,
              cls: `param-${cls}`,
              label: `${name}=${value.label}`,
              request: get(route, `${name}=${encode(value.value)}`),
            });
          },
        });
      }
    }
    // Any route: repeated, bracketed and undeclared parameters, a token in the query string.
    const names = [...declared, 'q', '__proto__', 'constructor', 'x'];
    const odd = [
      ...names.flatMap((n) => [
        `${n}=a&${n}=b`,
        `${n}[]=1`,
        `${n}[a]=1`,
        `${n}[__proto__][x]=1`,
        `${n}`,
        `${n}=`,
        `${n}=%00`,
        `${n}=%ED%A0%80`,
      ]),
      ...TOKEN_PARAMS.map((n) => `${n}=pyo_${'a'.repeat(43)}`),
      '&&&',
      '=1',
      '%=%',
      `${'a=1&'.repeat(2000)}a=1`,
    ];
    properties.push({
      cls: 'odd-query',
      arbitrary: fc.record({ persona, query: fc.constantFrom(...odd) }),
      predicate: async ({ persona, query }) => {
        await h.send(route, {
          persona,
          cls: 'odd-query',
          label: query.length > 60 ? `${query.slice(0, 40)}…` : query,
          request: get(route, query),
        });
      },
    });
    return properties;
  });
});
