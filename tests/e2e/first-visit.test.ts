/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's localStorage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuilt, launchBrowser } from '../support/browser.js';
import { freePort } from '../support/ports.js';
import { startServer, waitForHealth, type RunningServer } from '../support/server.js';

/** Every console error, page error and failed or refused request of a page: a first visit should have none. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.method()} ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.request().method()} ${r.url()}`));
  return problems;
}

describe('a newcomer on the embedded database with the demo', () => {
  let dir: string;
  let server: RunningServer;
  let browser: { browser: Browser; close: () => Promise<void> };
  let base: string;
  beforeAll(async () => {
    const adminDir = ensureAdminBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-first-visit-'));
    fs.chmodSync(dir, 0o755); // mkdtemp's 0700 would keep a root-started PostgreSQL out
    const port = await freePort();
    // npm start as a newcomer runs it: no DATABASE_URL, no DEMO_PASSWORD, no ADMIN_PASSWORD.
    server = startServer({
      EMBEDDED_PG_DIR: path.join(dir, 'pg'),
      EMBEDDED_PG_PORT: String(await freePort()),
      DEMO_CREDENTIALS_FILE: path.join(dir, 'demo-credentials.txt'),
      PORT: String(port),
      ADMIN_DIST: adminDir,
    });
    await waitForHealth(server, port, 90_000);
    base = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the sign-in page with "Try a role" and not one console error or failed request', async () => {
    const page = await browser.browser.newPage();
    const problems = watch(page);
    const identityProbes: number[] = [];
    page.on('response', (r) => new URL(r.url()).pathname.startsWith('/api/auth/') && identityProbes.push(r.status()));
    await page.goto(`${base}/`);
    const panel = page.getByTestId('try-a-role');
    await panel.waitFor();
    for (const role of ['Content editor (ewa)', 'Release manager (hugo)', 'Job moderator (marie)']) {
      await panel.getByRole('button', { name: role }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    // The page did ask who is signed in (and for the demo offer), and was answered without an error.
    expect(identityProbes.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('signs in through "Try a role" as the moderator and lands on the review queue', async () => {
    const page = await browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    const problems = watch(page);
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Job moderator (marie)' }).click();
    expect(await page.locator('input[name="username"]').inputValue()).toBe('marie');
    const password = fs.readFileSync(path.join(dir, 'demo-credentials.txt'), 'utf8').match(/^password: (.+)$/m)![1];
    expect(await page.locator('input[name="password"]').inputValue()).toBe(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(/#\/jobs\?/);
    const url = decodeURIComponent(page.url());
    expect(url).toContain('"status":"review"');
    expect(url).toContain('order=ASC');
    await expect.poll(() => page.getByTestId('review-queue-tab').getAttribute('aria-selected')).toBe('true');
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByText('Marie Nordin').first().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);

    // The dashboard greets someone who has changed nothing yet with their role's first steps; dismissed, they stay away.
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    const start = page.getByTestId('start-here');
    await start.waitFor();
    await start
      .getByTestId('start-here-job_moderator')
      .getByRole('link', { name: /Open the review queue/ })
      .waitFor();
    expect(await start.getByTestId('start-here-content_editor').count()).toBe(0);
    await start.getByRole('button', { name: 'Dismiss Start here' }).click();
    await start.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('attention-jobs').waitFor();
    expect(await page.getByTestId('start-here').count()).toBe(0);
    await page.close();
  });

  it("shows the release manager's first steps, starting with the newest release", async () => {
    const page = await browser.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    const problems = watch(page);
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Release manager (hugo)' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/#\/releases/);
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    const guide = page.getByTestId('start-here-release_manager');
    const newest = await page.evaluate(async () => {
      const res = await fetch('/api/releases?sort=["release_date","DESC"]&range=[0,0]');
      return ((await res.json()) as { id: number }[])[0].id;
    });
    await expect.poll(() => guide.getByRole('link', { name: 'Open the newest release' }).getAttribute('href')).toBe(`#/releases/${newest}`);
    await guide.getByText('Import files').waitFor();
    await guide.getByText(/checklist/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
