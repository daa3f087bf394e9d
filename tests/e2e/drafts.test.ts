/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch, navigator and window.
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiGet } from '../support/pageApi.js';
import { expectNoConsoleErrors, PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const FIRST = lines('# Office hours', '', 'We answer questions on Mondays.', '', 'Drop by.');
const LIVE = lines('# Office hours', '', 'We answer questions on Mondays and Fridays.', '', 'Drop by.');
const DRAFT = lines('# Office hours', '', 'We answer questions every weekday.', '', 'Drop by.', 'Coffee is on us.');
const FIRST_DRAFT = lines('# Office hours', '', 'We answer questions every weekday.', '', 'Drop by.');

/** A datetime-local input's value two days ahead, in the browser's zone, and the instant it stands for. */
const twoDaysAhead = (page: Page) =>
  page.evaluate(() => {
    const d = new Date(Date.now() + 2 * 86_400_000);
    d.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    return { local, instant: d.toISOString() };
  });

/** Drafts, publishing, schedules and preview links on a versioned record's edit screen. */
describe('drafts in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  /** The page's text as anonymous readers of the public API get it. */
  const publicContent = async (path: string) => {
    const res = await fetch(`${app.base}/api/v1/pages/page/?path=${encodeURIComponent(path)}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { objects: { content: string }[] }).objects[0]?.content;
  };

  it('keeps a content editor’s draft off the site until it is published, then restores the text it replaced', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const path = 'community/office-hours';
    const created = await apiCall(page, 'POST', '/api/pages', {
      title: 'Office hours',
      path,
      content: FIRST,
      content_markup_type: 'markdown',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const content = page.locator('textarea[name="content"]');

    // A live save, as always (version 2): "Save" is still the one button of that name.
    await page.goto(`${app.base}/#/pages/${id}`);
    await expect.poll(() => content.inputValue()).toBe(FIRST);
    await content.fill(LIVE);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/pages(\?.*)?$/);
    await expect.poll(() => publicContent(path)).toBe(LIVE);

    // A draft: saved and shown on the edit screen, while the record and the site keep the live text.
    await page.goto(`${app.base}/#/pages/${id}`);
    await expect.poll(() => content.inputValue()).toBe(LIVE);
    await content.fill(FIRST_DRAFT);
    await page.getByLabel('Version comment').fill('Open every weekday');
    await page.getByRole('button', { name: 'Draft options' }).click();
    await page.getByRole('menuitem', { name: 'Save draft' }).click();
    await page.getByText('Draft saved').waitFor();
    const status = page.getByTestId('draft-status');
    await status.getByText('Draft pending').waitFor();
    expect(await status.innerText()).toContain('Saved by ewa');
    expect(page.url()).toMatch(new RegExp(`#/pages/${id}$`));
    expect(await apiGet(page, `/api/pages/${id}`)).toMatchObject({ content: LIVE, has_draft: true });
    expect(await publicContent(path)).toBe(LIVE);

    // Opened again, the form edits the draft (with its row_version), and its save goes to the draft.
    await page.reload();
    await expect.poll(() => content.inputValue()).toBe(FIRST_DRAFT);
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    await content.fill(DRAFT);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved').waitFor();
    expect(await apiGet(page, `/api/pages/${id}/draft`)).toMatchObject({ content: DRAFT });
    expect(await apiGet(page, `/api/pages/${id}`)).toMatchObject({ content: LIVE });

    // The list marks the row.
    await page.goto(`${app.base}/#/pages?filter=${encodeURIComponent(JSON.stringify({ path_like: 'office-hours' }))}`);
    await page.locator('tr', { hasText: 'Office hours' }).getByTestId('draft-chip').waitFor();

    // The versions are what was live: the draft is none of them.
    await page.goto(`${app.base}/#/pages/${id}`);
    await expect.poll(() => content.inputValue()).toBe(DRAFT);
    await page.getByRole('button', { name: 'Versions' }).click();
    const drawer = page.getByRole('dialog', { name: 'Versions' });
    await drawer.getByRole('heading', { name: '2 versions' }).waitFor();
    await drawer.getByRole('heading', { name: 'Version 1 compared with version 2' }).waitFor();
    const diff = drawer.getByTestId('version-fields').locator('tr[data-field="content"]');
    await diff.locator('td[data-change="removed"]', { hasText: 'We answer questions on Mondays.' }).waitFor();
    await diff.locator('td[data-change="added"]', { hasText: 'We answer questions on Mondays and Fridays.' }).waitFor();
    await drawer.getByRole('button', { name: 'Close versions' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // Publish: the draft goes live as version 3, with the comment typed when it was saved.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText("Published: the page now shows the draft's changes.").waitFor();
    await status.waitFor({ state: 'detached' });
    await expect.poll(() => publicContent(path)).toBe(DRAFT);
    expect(await apiGet(page, `/api/pages/${id}`)).toMatchObject({ content: DRAFT, has_draft: false, draft: null });
    await expect.poll(() => content.inputValue()).toBe(DRAFT);

    // And back: version 2, the text the draft replaced, restored from the drawer.
    await page.getByRole('button', { name: 'Versions' }).click();
    await drawer.getByRole('heading', { name: '3 versions' }).waitFor();
    expect(await drawer.getByTestId('version-item').first().getByTestId('version-comment').innerText()).toBe('Open every weekday');
    await drawer.getByRole('button', { name: 'Restore version 2' }).click();
    await page.getByRole('dialog', { name: 'Restore version 2?' }).getByRole('button', { name: 'Restore' }).click();
    await page.getByText('Restored version 2; it is saved as the newest version.').waitFor();
    await drawer.getByRole('heading', { name: '4 versions' }).waitFor();
    await drawer.getByRole('button', { name: 'Close versions' }).click();
    await expect.poll(() => content.inputValue()).toBe(LIVE);
    expect(await publicContent(path)).toBe(LIVE);
    expectNoConsoleErrors(errors);
    await page.close();
  }, 120_000);

  it('discards a draft, shares a preview link of one, and schedules its publication', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
    const path = 'community/preview-hours';
    const created = await apiCall(page, 'POST', '/api/pages', {
      title: 'Preview hours',
      path,
      content: LIVE,
      content_markup_type: 'markdown',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const draft = (text: string, rowVersion: number) =>
      apiCall(page, 'PUT', `/api/pages/${id}?draft=true`, { content: text, row_version: rowVersion });
    expect((await draft(DRAFT, created.body.row_version)).status).toBe(200);
    const content = page.locator('textarea[name="content"]');

    // Discarded: the form shows the live page again.
    await page.goto(`${app.base}/#/pages/${id}`);
    await expect.poll(() => content.inputValue()).toBe(DRAFT);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('dialog', { name: 'Discard the draft?' }).getByRole('button', { name: 'Discard draft' }).click();
    await page.getByText('Draft discarded; the form shows the live page.').waitFor();
    await expect.poll(() => content.inputValue()).toBe(LIVE);
    expect(await apiGet(page, `/api/pages/${id}`)).toMatchObject({ has_draft: false });

    // A new draft, previewed by someone not signed in through the copied link (or the dialog showing it).
    expect((await draft(DRAFT, created.body.row_version)).status).toBe(200);
    await page.reload();
    await expect.poll(() => content.inputValue()).toBe(DRAFT);
    await page.getByRole('button', { name: 'Copy preview link' }).click();
    const copied = page.getByText('Preview link copied: it shows the draft until');
    const shown = page.getByRole('dialog', { name: 'Preview link' });
    await copied.or(shown).waitFor();
    const url = (await copied.isVisible())
      ? await page.evaluate(() => navigator.clipboard.readText())
      : await shown.getByTestId('preview-url').inputValue();
    const preview = await fetch(url);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('Coffee is on us.');
    if (await shown.isVisible()) await shown.getByRole('button', { name: 'Close' }).click();

    // Scheduled two days ahead, in the browser's time: sent as that instant, listed on the schedule screen.
    const when = await twoDaysAhead(page);
    await page.getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule publishing' });
    await dialog.getByText('Nothing is scheduled.').waitFor();
    await dialog.getByLabel('Publish at', { exact: true }).fill(when.local);
    await dialog.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByText('Schedule saved.').waitFor();
    await page.getByTestId('publish-at').waitFor();
    expect((await apiGet(page, `/api/pages/${id}`)).publish_at).toBe(when.instant);
    // The form kept the draft it showed, nothing typed was lost.
    expect(await content.inputValue()).toBe(DRAFT);

    await page.getByRole('menuitem', { name: 'Scheduled publishing' }).click();
    const row = page.getByTestId('schedule-table').locator('tr', { hasText: 'Preview hours' });
    await row.getByText('Pending').waitFor();
    await row.getByRole('link', { name: 'Preview hours' }).click();
    await page.waitForURL(new RegExp(`#/pages/${id}$`));

    // Cleared from the same dialog.
    await page.getByRole('button', { name: 'Schedule' }).click();
    await dialog.getByRole('button', { name: 'Clear' }).click();
    await page.getByText('Nothing is scheduled any more.').waitFor();
    expect((await apiGet(page, `/api/pages/${id}`)).publish_at).toBeNull();
    expectNoConsoleErrors(errors);
    await page.close();
  }, 120_000);

  it('shows a failed scheduled publication on the dashboard and the schedule screen, with the reason', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const [box] = (await apiCall(page, 'GET', '/api/boxes?range=[0,0]&sort=["id","ASC"]')).body as { id: number; label: string }[];
    // A run that failed, as the scheduler records one (the API accepts only future instants, so it is written directly).
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    await client.query(
      `INSERT INTO scheduled_publications (resource, record_id, action, run_at, status, reason, finished)
       VALUES ('boxes', $1, 'publish', now() - interval '1 hour', 'failed', 'The box''s label is taken by another box.', now())`,
      [box.id],
    );
    await client.end();

    // Signing in opened the dashboard before the failure: load it again.
    await page.reload();
    await page.getByTestId('attention-schedule').getByText('1', { exact: true }).waitFor();
    const card = page.getByTestId('failed-publications');
    await card.getByText("The box's label is taken by another box.").waitFor();
    await page.getByTestId('attention-schedule').click();
    await page.waitForURL(/#\/schedule\?status=failed$/);
    const row = page.getByTestId('schedule-table').locator('tr', { hasText: box.label });
    await row.getByText('Failed').waitFor();
    await row.getByText("The box's label is taken by another box.").waitFor();
    await row.getByRole('link', { name: box.label }).click();
    await page.waitForURL(new RegExp(`#/boxes/${box.id}$`));
    expectNoConsoleErrors(errors);
    await page.close();
  }, 60_000);
});
