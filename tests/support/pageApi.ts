/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** A record or list as the API has it now, fetched with the browser page's own session. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON the server sent; tests read it field by field
export const apiGet = (page: Page, path: string): Promise<any> => page.evaluate((p) => fetch(p).then((r) => r.json()), path);

/** The same, with the status, for reads that may be refused (403, 404). */
export const apiRead = <T>(page: Page, path: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    return { status: res.status, body: res.ok ? await res.json() : null };
  }, path) as Promise<{ status: number; body: T }>;
