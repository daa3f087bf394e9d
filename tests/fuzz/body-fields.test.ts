/**
 * Every route that takes a JSON body, every field its schema declares, every class of hostile
 * value (wrong types, NUL, lone surrogates, control/bidi/zero-width characters, megabyte strings,
 * 10,000 levels of nesting, path traversal, scheme tricks, prototype keys, huge id lists), as
 * anonymous, a user without a role and a superuser: never a 5xx, never a secret in the answer.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { baseBody, withField } from './support/bodies.js';
import { fillPath, PERSONAS, startHarness, type PersonaName } from './support/harness.js';
import { toJson, valueClasses, VALUE_CLASSES, type Hostile } from './support/hostile.js';
import { bodyProperties } from './support/spec.js';
import { fuzzRoutes } from './support/suite.js';

const h = await startHarness('body-fields.test.ts');
const EXPENSIVE = new Set(['huge-string', 'huge-list', 'deep-json']);

describe('hostile values in every body field', () => {
  fuzzRoutes(
    h,
    h.routes.filter((r) => r.body?.schema),
    (route) => {
      const fields = Object.keys(bodyProperties(route.body!.schema).properties);
      return VALUE_CLASSES.map((cls) => ({
        cls,
        runs: EXPENSIVE.has(cls) ? 3 : undefined,
        // Several fields at once (each its own value of the class), so a few runs reach every
        // field; fast-check shrinks a failure down to the one field that does it.
        arbitrary: fc.record({
          persona: fc.constantFrom(...PERSONAS),
          values: fc
            .subarray(fields.length ? fields : ['value'], { minLength: 1 })
            .chain((chosen) => fc.tuple(...chosen.map((field) => valueClasses[cls].map((value) => [field, value] as const)))),
        }),
        predicate: async ({ persona, values }: { persona: PersonaName; values: (readonly [string, Hostile])[] }) => {
          let body = await baseBody(h, route);
          for (const [field, value] of values) body = withField(body, field, value.value);
          await h.send(route, {
            persona,
            cls,
            label: values.map(([field, value]) => `${field}=${value.label}`).join(', '),
            request: {
              method: route.method,
              path: fillPath(h, route, route.method === 'DELETE' ? { id: '99999999' } : {}),
              headers: { 'content-type': 'application/json' },
              body: toJson(body),
            },
          });
        },
      }));
    },
  );
});
