import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ensureAdminBuilt, launchBrowser } from './browser.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { freePort } from './ports.js';
import { startServer, waitForHealth, type RunningServer } from './server.js';

/** The demo accounts (server/seed/demo/people.ts) sign in with this password in browser tests. */
export const DEMO_PASSWORD = 'browser demo password';
export const SUPERUSER = { username: 'boss', password: 'browser test password' };
export const PERSONAS = { contentEditor: 'ewa', releaseManager: 'hugo', jobModerator: 'marie' } as const;

export interface AdminApp {
  base: string;
  db: TestDatabase;
  /** A fresh browser page signed in as this user; `errors` collects page errors and console errors. */
  signIn(username: string, password?: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** A real server (npm start's code path: migrations, demo data, superuser) on its own database, and Debian's chromium. */
export async function startAdminApp(env: Record<string, string> = {}): Promise<AdminApp> {
  const adminDir = ensureAdminBuilt();
  const db = await createTestDatabase({ migrated: false });
  await db.db.destroy();
  const port = await freePort();
  const server: RunningServer = startServer({
    DATABASE_URL: db.url,
    PORT: String(port),
    ADMIN_USERNAME: SUPERUSER.username,
    ADMIN_PASSWORD: SUPERUSER.password,
    ADMIN_DIST: adminDir,
    DEMO_PASSWORD,
    ...env,
  });
  await waitForHealth(server, port);
  const base = `http://127.0.0.1:${port}`;
  const { browser, close } = await launchBrowser().catch(async (error: unknown) => {
    // No browser, no test: stop the server rather than leave it running after the suite.
    server.child.kill('SIGTERM');
    await server.exited;
    await db.drop();
    throw error;
  });
  return {
    base,
    db,
    async signIn(username, password = username === SUPERUSER.username ? SUPERUSER.password : DEMO_PASSWORD) {
      const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${base}/`);
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Profile' }).waitFor();
      // Below the default test timeout (30 s), so a step that never happens fails naming what it waited for.
      page.setDefaultTimeout(20_000);
      return { page, errors };
    },
    async close() {
      await close();
      server.child.kill('SIGTERM');
      await server.exited;
      await db.drop();
    },
  };
}

/** No page error and no console error (failed requests the test provoked on purpose are reported as such by the test). */
export function expectNoConsoleErrors(errors: string[]): void {
  expect(errors).toEqual([]);
}
