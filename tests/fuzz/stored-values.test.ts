/**
 * Where meta declares a rule for a field (a pattern, a prefix, choices, a length or minimum), a
 * hostile value that breaks it must be refused, and nothing that breaks it may be stored. Each
 * case sends a real record back (PUT, as react-admin does) with one field replaced, then reads
 * the record again. Fields whose names say they hold a URL, slug, path or e-mail but declare no
 * rule are checked too: a `javascript:` URL or a `../../etc/passwd` slug stored is a finding.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { writableCopy } from './support/bodies.js';
import { startHarness } from './support/harness.js';
import { Hostile, toJson, valueClasses } from './support/hostile.js';
import { hasRule, impliedKind, ruleViolation, type FieldMeta, type Route } from './support/spec.js';
import { fuzzRoutes } from './support/suite.js';

const h = await startHarness('stored-values.test.ts');

/** Near misses of a rule: the hostile classes, and values that pass a careless check of it. */
function nearMisses(field: FieldMeta): Hostile[] {
  const out: string[] = [];
  for (const choice of field.choices ?? []) {
    const c = String(choice);
    out.push(c.toUpperCase(), ` ${c}`, `${c} `, `${c}\u0000`, `${c}\u200b`, `${c}\u202e`);
  }
  if (field.choices) out.push('__proto__', 'constructor', 'toString', 'hasOwnProperty');
  if (field.prefix) {
    const p = field.prefix;
    out.push(
      p.toUpperCase(),
      p.replace('https', 'http'),
      `${p.replace(/\/$/, '')}.evil.example/`,
      `${p.replace(/\/$/, '')}@evil.example/`,
      ` ${p}x`,
      `javascript:${p}`,
    );
  }
  if (field.pattern)
    out.push(
      'a\nb',
      'a\u0000b',
      'a\u202eb',
      'a\u200bb',
      '../../etc/passwd',
      'javascript:alert(1)',
      '//evil.example',
      '#'.repeat(7),
      'ABC',
      'abc ',
    );
  if (field.maxLength !== undefined) out.push('x'.repeat(field.maxLength + 1), '\u{1f40d}'.repeat(field.maxLength + 1));
  return out.map((v) => new Hostile('rule-near-miss', v));
}

const IMPLIED: Record<string, string[]> = {
  url: [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example',
    'vbscript:msgbox(1)',
    '../../etc/passwd',
  ],
  slug: ['../../etc/passwd', 'a/../../b', '<script>alert(1)</script>', 'a b', '\u202eevil', '%2e%2e%2f'],
  path: ['../../etc/passwd', '/etc/passwd', 'a/../../b', '..', 'javascript:alert(1)'],
  email: ['not an e-mail', 'javascript:alert(1)', 'a@b@c', '<script>@evil.example', 'a@evil.example\r\nBcc: x@evil.example'],
};

const hostileFor = (field: FieldMeta) => {
  const misses = nearMisses(field);
  return fc.oneof(
    // A field whose rule has no near miss to offer (e.g. a number with no bounds) gets the general classes only.
    ...(misses.length ? [fc.constantFrom(...misses)] : []),
    valueClasses.nul,
    valueClasses['lone-surrogate'],
    valueClasses['control-bidi'],
    valueClasses['path-traversal'],
    valueClasses.scheme,
    valueClasses['prototype-key'],
    valueClasses['wrong-type'],
  );
};

const updatable = h.meta.filter((r) => r.operations.includes('update') && r.operations.includes('get'));
const putRoutes = h.routes.filter((r) => r.method === 'PUT' && r.crud === 'item' && updatable.includes(r.resource!));

/** PUTs a record with one field replaced; returns the answer and the record as stored afterwards. */
async function putField(route: Route, field: FieldMeta, value: unknown, cls: string, label: string) {
  const resource = route.resource!;
  const id = h.ids.get(resource.name)?.[0];
  if (id === undefined) return undefined;
  const current = await h.superuser({ method: 'GET', path: `/api/${resource.name}/${id}` });
  if (current.status !== 200) return undefined;
  const record = current.json as Record<string, unknown>;
  const body = { ...writableCopy(resource, record), row_version: record.row_version, [field.name]: value };
  return {
    id,
    res: await h.send(route, {
      persona: 'superuser',
      cls,
      label,
      request: { method: 'PUT', path: `/api/${resource.name}/${id}`, headers: { 'content-type': 'application/json' }, body: toJson(body) },
    }),
  };
}

describe('declared rules hold for what is stored', () => {
  fuzzRoutes(h, putRoutes, (route) => {
    const fields = route.resource!.fields.filter((f) => f.writable && !f.writeOnly);
    const ruled = fields.filter(hasRule);
    const implied = fields.filter((f) => impliedKind(f));
    // One property per field, so every rule and every unruled URL, slug, path and e-mail is tried.
    const properties = [];
    for (const ruledField of ruled) {
      properties.push({
        cls: `rule:${ruledField.name}`,
        arbitrary: fc.record({ field: fc.constant(ruledField), value: hostileFor(ruledField) }),
        predicate: async ({ field, value }: { field: FieldMeta; value: Hostile }) => {
          const label = `${field.name}=${value.label}`;
          const done = await putField(route, field, value.value, `rule:${field.name}`, label);
          if (!done?.res || done.res.status >= 300) return;
          const stored = await h.superuser({ method: 'GET', path: `/api/${route.resource!.name}/${done.id}` });
          const kept = (stored.json as Record<string, unknown>)?.[field.name];
          const storedBroken = ruleViolation(field, kept);
          // A value of the field's own type that breaks the rule must be refused, not quietly altered.
          const sameType = typeof value.value === (field.kind === 'string' ? 'string' : field.kind === 'integer' ? 'number' : 'none');
          const broken = sameType ? ruleViolation(field, value.value) : undefined;
          if (!broken && !storedBroken) return;
          throw h.findings.violation({
            method: route.method,
            path: route.path,
            persona: 'superuser',
            cls: `rule:${field.name}`,
            label,
            kind: storedBroken ? 'stored value breaks rule' : 'accepted value breaking rule',
            status: done.res.status,
            detail: `${field.name} ${storedBroken ?? broken}; stored ${JSON.stringify(kept)?.slice(0, 80)}`,
          });
        },
      });
    }
    for (const impliedField of implied) {
      properties.push({
        cls: `unruled:${impliedField.name}`,
        arbitrary: fc.record({ field: fc.constant(impliedField), value: fc.constantFrom(...IMPLIED[impliedKind(impliedField)!]) }),
        predicate: async ({ field, value }: { field: FieldMeta; value: string }) => {
          const cls = `unruled-${impliedKind(field)}:${field.name}`;
          const done = await putField(route, field, value, cls, `${field.name}=${JSON.stringify(value)}`);
          if (!done?.res || done.res.status >= 300) return;
          const stored = await h.superuser({ method: 'GET', path: `/api/${route.resource!.name}/${done.id}` });
          const kept = (stored.json as Record<string, unknown>)?.[field.name];
          if (kept !== value) return;
          throw h.findings.violation({
            method: route.method,
            path: route.path,
            persona: 'superuser',
            cls,
            label: `${field.name}=${JSON.stringify(value)}`,
            kind: `no rule: ${impliedKind(field)} field stores anything`,
            status: done.res.status,
            detail: `${field.name} declares no pattern, prefix or choices in meta and stored ${JSON.stringify(value)}`,
          });
        },
      });
    }
    return properties;
  });
});
