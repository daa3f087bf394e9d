/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { apiRead } from '../support/pageApi.js';

interface Job {
  id: number;
  job_title: string;
  status: string;
  created: string;
  row_version: number;
}

describe('a job moderator in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('works through the review queue oldest first, edits a job without touching its status, and never sees memberships', async () => {
    const { page, errors } = await app.signIn(PERSONAS.jobModerator);
    const api = <T>(path: string) => apiRead<T>(page, path);

    // The queue as it should be, computed here from every job rather than from the server's sort.
    const all = (await api<Job[]>(`/api/jobs?range=${encodeURIComponent('[0,999]')}`)).body;
    const queue = all.filter((j) => j.status === 'review').sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    expect(queue.length).toBeGreaterThan(1);

    await page.getByRole('menuitem', { name: 'Jobs', exact: true }).click();
    await page.getByRole('tab', { name: /All jobs/ }).waitFor();
    await page.locator('tbody tr').first().waitFor();

    const queueTab = page.getByTestId('review-queue-tab');
    await expect.poll(() => queueTab.textContent()).toBe(`To review${queue.length}`);
    await queueTab.click();
    await expect.poll(() => page.url()).toContain('sort=created');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(queue.length);
    const titles = await page.locator('tbody tr td.column-job_title').allTextContents();
    expect(titles).toEqual(queue.map((j) => j.job_title));
    expect(decodeURIComponent(page.url())).toContain('"status":"review"');
    expect(decodeURIComponent(page.url())).toContain('order=ASC');
    await expect.poll(() => page.getByTestId('job-waiting').first().textContent()).toMatch(/^waiting \d+ (day|hour)s?$/);

    // Open the oldest posting; its status is shown, not offered for editing.
    const oldest = queue[0];
    // The form first shows the list's copy of the job; the edit screen's own read then resets it,
    // and typing before that lands is wiped (Save stays disabled). So wait for that read.
    const editLoaded = page.waitForResponse(
      (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/jobs/${oldest.id}`,
    );
    await page.locator('tbody tr').first().click();
    await page.waitForURL(new RegExp(`#/jobs/${oldest.id}$`));
    await editLoaded;
    const title = page.locator('input[name="job_title"]');
    await expect.poll(() => title.inputValue()).toBe(oldest.job_title);
    expect(await page.getByTestId('job-status').textContent()).toBe('Awaiting review');
    expect(await page.locator('[name="status"]').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    await page.getByRole('button', { name: 'History' }).waitFor();

    const newTitle = `${oldest.job_title} (remote friendly)`;
    await expect
      .poll(async () => {
        await title.fill(newTitle);
        return page.getByRole('button', { name: 'Save' }).isEnabled();
      })
      .toBe(true);
    const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(`/api/jobs/${oldest.id}`));
    await page.getByRole('button', { name: 'Save' }).click();
    // The form never sends status: it moves only through the moderation endpoints.
    expect(Object.keys((await put).postDataJSON())).not.toContain('status');
    await page.getByText('Element updated').waitFor();
    // Saving goes back to the list: wait for that navigation, so it cannot land after the typed-in URL below.
    await page.waitForURL(/#\/jobs(\?.*)?$/);
    const saved = (await api<Job>(`/api/jobs/${oldest.id}`)).body;
    expect(saved.job_title).toBe(newTitle);
    expect(saved.status).toBe('review');
    expect(saved.row_version).toBeGreaterThan(oldest.row_version);

    // Memberships hold personal data: not in marie's menu, and a typed-in URL shows nothing of it.
    expect(await page.getByRole('menuitem', { name: 'Jobs', exact: true }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: 'Memberships' }).count()).toBe(0);
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    const { rows: members } = await client.query<{ legal_name: string; email_address: string }>(
      'SELECT legal_name, email_address FROM memberships',
    );
    await client.end();
    expect(members.length).toBeGreaterThan(0);
    await page.goto(`${app.base}/#/memberships`);
    await page
      .getByText('Not Found')
      .waitFor()
      .catch(async (error: unknown) => {
        // Say where the page went instead, should this ever time out again.
        throw new Error(`${String(error)}\nat ${page.url()}:\n${(await page.locator('body').innerText()).slice(0, 500)}`);
      });
    const shown = await page.locator('body').innerText();
    for (const m of members) {
      expect(shown).not.toContain(m.legal_name);
      expect(shown).not.toContain(m.email_address);
    }
    expect((await api('/api/memberships')).status).toBe(403);

    expect(errors).toEqual([]);
  });
});
