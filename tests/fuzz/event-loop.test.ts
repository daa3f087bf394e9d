/**
 * The event loop stays responsive under the heaviest hostile requests: batches of them (10,000
 * and 100,000 levels of nesting, near-megabyte strings of distinct words into search, render and
 * every text field, huge id lists, catastrophic-backtracking bait for patterns) go out at once
 * while GET /api/health is asked; the probe must answer within FUZZ_PROBE_MS (10 s by default:
 * coarse on purpose), during each batch and between batches. The harness's heartbeat watches the
 * other files the same way.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { baseBody, withField } from './support/bodies.js';
import { fuzzConfig } from './support/config.js';
import { format, runProperty } from './support/findings.js';
import { fillPath, startHarness, type Sent } from './support/harness.js';
import { rawRequest } from './support/http.js';
import { deepArray, deepObject, HUGE, percentEncode, toJson } from './support/hostile.js';
import { bodyProperties, type Route } from './support/spec.js';

const h = await startHarness('event-loop.test.ts');

type Case = { route: Route; sent: Sent };

/** The heavy cases: each JSON-body route's text fields with near-megabyte values, deep bodies, searches. */
async function heavyCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const route of h.routes) {
    if (route.body?.schema) {
      const fields = Object.keys(bodyProperties(route.body.schema).properties);
      const base = await baseBody(h, route);
      for (const field of fields) {
        cases.push({
          route,
          sent: {
            persona: 'superuser',
            cls: 'huge-string',
            label: `${field}=900 kB of distinct words`,
            request: {
              method: route.method,
              path: fillPath(h, route),
              headers: { 'content-type': 'application/json' },
              body: toJson(withField(base, field, HUGE.underLimit)),
            },
          },
        });
        cases.push({
          route,
          sent: {
            persona: 'superuser',
            cls: 'backtracking',
            label: `${field}="aaaa…a!" (50 kB)`,
            request: {
              method: route.method,
              path: fillPath(h, route),
              headers: { 'content-type': 'application/json' },
              body: toJson(withField(base, field, `${'a-'.repeat(25_000)}!`)),
            },
          },
        });
      }
      for (const deep of [deepArray(100_000), deepObject(10_000)]) {
        cases.push({
          route,
          sent: {
            persona: 'superuser',
            cls: 'deep-json',
            label: deep.text.length > 300_000 ? '100,000 levels' : '10,000 levels',
            request: { method: route.method, path: fillPath(h, route), headers: { 'content-type': 'application/json' }, body: deep.text },
          },
        });
      }
    }
    if (route.method === 'GET' && route.crud === 'collection' && route.resource?.search) {
      cases.push({
        route,
        sent: {
          persona: 'superuser',
          cls: 'huge-search',
          label: 'q=12 kB of distinct words',
          request: { method: 'GET', path: `${route.path}?filter=${percentEncode(JSON.stringify({ q: HUGE.url }))}` },
        },
      });
    }
  }
  return cases;
}

async function probe(): Promise<number> {
  const started = performance.now();
  const res = await rawRequest(h.port, { method: 'GET', path: '/api/health' }, fuzzConfig.probeMs * 3);
  expect(res.status).toBe(200);
  return performance.now() - started;
}

describe('the event loop under heavy hostile requests', () => {
  afterAll(() => h.close(), 120_000);
  it('answers GET /api/health during and between batches of them', async () => {
    const cases = await heavyCases();
    expect(cases.length).toBeGreaterThan(0);
    const before = h.findings.count();
    const report = await runProperty(
      h.findings,
      'BATCH /api/* heavy',
      fc.shuffledSubarray(cases, { minLength: 4, maxLength: 8 }),
      async (batch) => {
        const label = batch.map((c) => `${c.route.key} ${c.sent.label}`).join('; ');
        const inFlight = Promise.allSettled(batch.map((c) => h.send(c.route, c.sent)));
        const during = await probe().catch(() => Infinity);
        const results = await inFlight;
        const between = await probe().catch(() => Infinity);
        if (during > fuzzConfig.probeMs || between > fuzzConfig.probeMs) {
          h.findings.record({
            method: 'BATCH',
            path: '(several routes)',
            persona: 'superuser',
            cls: 'heavy',
            label: label.slice(0, 300),
            kind: 'unresponsive',
            status: 0,
            detail: `GET /api/health took ${Math.round(during)} ms during the batch and ${Math.round(between)} ms after it`,
          });
          throw new Error(`unresponsive: ${label}`);
        }
        // A 5xx or secret among the batch is recorded by send(); make the property fail on it too.
        const rejected = results.find((r) => r.status === 'rejected');
        if (rejected) throw (rejected as PromiseRejectedResult).reason;
      },
      { runs: 10, timeLimitMs: 120_000 },
    );
    const found = h.findings.all().slice(before);
    if (found.length) throw new Error(`${found.length} finding(s):\n${format(found)}\n\n${report ?? ''}`);
  }, 300_000);
});
