/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { apiCall } from '../support/pageApi.js';

type Row = Record<string, unknown> & { id: number; row_version: number };

/** What protects an editor's work in a form: conflicts, server errors, leaving unsaved changes, history. */
describe('editing safely in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('offers to reload when someone else saved first, keeping the edits made here', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const [box] = (await apiCall(page, 'GET', '/api/boxes?range=[0,0]')).body as Row[];
    await page.goto(`${app.base}/#/boxes/${box.id}`);
    const label = page.locator('input[name="label"]');
    await label.waitFor();

    // Someone else changes the content meanwhile; this editor changes the label.
    const theirs = await apiCall(page, 'PUT', `/api/boxes/${box.id}`, { content: 'Their newer text', row_version: box.row_version });
    expect(theirs.status).toBe(200);
    await label.fill(`${box.label}-renamed`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone else changed this record').waitFor();
    expect((await apiCall(page, 'GET', `/api/boxes/${box.id}`)).body.label).toBe(box.label);

    await page.getByRole('button', { name: 'Reload, keep my edits' }).click();
    await page.getByText('your changes are kept in the form').waitFor();
    expect(await label.inputValue()).toBe(`${box.label}-renamed`);
    expect(await page.locator('textarea[name="content"]').inputValue()).toBe('Their newer text');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/boxes$/);
    const saved = (await apiCall(page, 'GET', `/api/boxes/${box.id}`)).body as Row;
    expect(saved).toMatchObject({ label: `${box.label}-renamed`, content: 'Their newer text', row_version: theirs.body.row_version + 1 });
    expect(errors).toEqual([]);
  });

  it('shows the server’s refusal on the field at fault', async () => {
    const { page } = await app.signIn(PERSONAS.contentEditor);
    const [first, second] = (await apiCall(page, 'GET', '/api/pages?range=[0,1]&sort=["id","ASC"]')).body as Row[];
    await page.goto(`${app.base}/#/pages/${second.id}`);
    const path = page.locator('input[name="path"]');
    await path.waitFor();
    // A path another page already has passes every check in the browser; only the database knows.
    await path.fill(String(first.path));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'Already used by another record.' }).waitFor();
    expect((await apiCall(page, 'GET', `/api/pages/${second.id}`)).body.path).toBe(second.path);
  });

  it('asks before leaving a form with unsaved changes, and shows the record’s history', async () => {
    const { page } = await app.signIn(PERSONAS.contentEditor);
    const [box] = (await apiCall(page, 'GET', '/api/boxes?range=[0,0]&sort=["id","ASC"]')).body as Row[];
    await page.goto(`${app.base}/#/boxes/${box.id}`);
    await page.locator('input[name="label"]').fill('not saved');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('menuitem', { name: 'Pages' }).click();
    await page.waitForTimeout(500);
    expect(asked.length).toBe(1);
    expect(page.url()).toMatch(new RegExp(`#/boxes/${box.id}$`));

    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByTestId('record-history');
    // The first test changed this box twice (its content through the API, its label in the admin).
    await history.getByText(`Updated by ${PERSONAS.contentEditor}`).first().waitFor();
    await history.getByText('Their newer text', { exact: false }).first().waitFor();
  });
});
