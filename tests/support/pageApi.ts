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

/** A request with the page's own session and CSRF token, as another tab of the same user would make it. */
export const apiCall = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ([m, p, b]) => {
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(p as string, {
        method: m as string,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, body: await res.json() };
    },
    [method, path, body],
  );
