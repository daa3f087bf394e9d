/**
 * Declares one vitest test per route: each runs its properties (one per value class) and fails
 * with the findings of that route, each with the command that replays it.
 */
import type fc from 'fast-check';
import { afterAll, it } from 'vitest';
import { fuzzConfig } from './config.js';
import { format, runProperty, type PropertyOptions } from './findings.js';
import type { Harness } from './harness.js';
import type { Route } from './spec.js';

export interface Property<T> extends PropertyOptions {
  /** The value class (or slot) this property is about; the property's key is `METHOD /path cls`. */
  cls: string;
  arbitrary: fc.Arbitrary<T>;
  predicate: (value: T) => Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProperty = Property<any>;

export function fuzzRoutes(h: Harness, routes: Route[], properties: (route: Route) => AnyProperty[]): void {
  afterAll(() => h.close(), 120_000);
  if (routes.length === 0) {
    it('has routes to fuzz', () => {
      throw new Error('no route to fuzz: did the OpenAPI document change shape?');
    });
  }
  for (const route of routes) {
    it(route.key, async () => {
      const before = h.findings.count();
      const reports: string[] = [];
      for (const property of properties(route)) {
        const report = await runProperty(h.findings, `${route.key} ${property.cls}`, property.arbitrary, property.predicate, property);
        if (report) reports.push(report);
      }
      const found = h.findings.all().slice(before);
      if (found.length || reports.length) {
        throw new Error(
          `${found.length} finding(s) on ${route.key} (seed ${fuzzConfig.seed}):\n${format(found)}\n\n` +
            `fast-check's report of the first:\n${reports[0] ?? '(none)'}`,
        );
      }
    });
  }
}
