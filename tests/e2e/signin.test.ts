/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { ensureAdminBuilt, launchBrowser } from '../support/browser.js';
import { freePort } from '../support/ports.js';
import { startServer, waitForHealth, type RunningServer } from '../support/server.js';

describe('the admin in a browser', () => {
  let t: TestDatabase;
  let server: RunningServer;
  let browser: { browser: Browser; close: () => Promise<void> };
  let base: string;
  beforeAll(async () => {
    const adminDir = ensureAdminBuilt();
    t = await createTestDatabase({ migrated: false });
    await t.db.destroy();
    const port = await freePort();
    server = startServer({
      DATABASE_URL: t.url,
      PORT: String(port),
      ADMIN_USERNAME: 'boss',
      ADMIN_PASSWORD: 'browser test password',
      ADMIN_DIST: adminDir,
    });
    await waitForHealth(server, port);
    base = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await t?.drop();
  });

  it('signs in, shows the dashboard, and signs out back to the sign-in page', async () => {
    const page = await browser.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('401') && errors.push(m.text()));
    const demo = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/demo');
    await page.goto(`${base}/`);
    // DATABASE_URL's database: the sign-in page offers no demo account.
    expect(await (await demo).json()).toEqual({ enabled: false });
    expect(await page.getByTestId('try-a-role').count()).toBe(0);
    await page.locator('input[name="username"]').fill('boss');
    await page.locator('input[name="password"]').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong username or password.').waitFor();

    await page.locator('input[name="password"]').fill('browser test password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('health').getByText('API ok, database ok.').waitFor();

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByText('Logout').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
