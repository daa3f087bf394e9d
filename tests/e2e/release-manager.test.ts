/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../support/pageApi.js';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

const NEW_FILE = {
  name: 'Windows debug information files (64-bit)',
  slug: 'python-3140-amd64-pdb-zip',
  url: 'https://www.python.org/ftp/python/3.14.0/python-3.14.0-amd64-pdb.zip',
  sha256: 'ab'.repeat(32),
  size: '26529792', // 25.3 MB as the downloads page shows sizes (powers of 1024)
};

/** A resource as the API has it now, fetched with the browser's own session. */

/** Someone else saving a file meanwhile: a PUT with the session's CSRF token, as another tab would send. */
const putElsewhere = (page: Page, path: string, body: object) =>
  page.evaluate(
    async ([p, b]) => {
      const { csrf_token } = await (await fetch('/api/auth/me')).json();
      const res = await fetch(p, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf_token },
        body: JSON.stringify(b),
      });
      return res.status;
    },
    [path, body] as const,
  );

describe('the downloads screens in a browser', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => app?.close());

  it('lets a release manager add a file to a release and edit its files in place', async () => {
    const { page, errors } = await app.signIn(PERSONAS.releaseManager);
    await page.getByRole('menuitem', { name: 'Releases' }).click();
    await page.getByRole('cell', { name: 'Python 3.14.0', exact: true }).click();
    await page.waitForURL(/#\/releases\/\d+$/);
    const releaseId = Number(page.url().split('/').pop());

    // The release's files are listed under its form, by name and OS, with readable sizes.
    const files = page.getByRole('region', { name: 'Files' });
    await files.getByRole('cell', { name: 'Windows installer (64-bit)', exact: true }).waitFor();
    await files.getByText('6 files for 3 operating systems').waitFor();
    await files.getByRole('cell', { name: 'macOS 64-bit universal2 installer', exact: true }).waitFor();
    await files.getByRole('cell', { name: 'Source release', exact: true }).first().waitFor();

    // "Add file" opens the create screen with the release filled in...
    await files.getByRole('link', { name: 'Add file' }).click();
    await page.waitForURL(/#\/release-files\/create\?source=/);
    await page.getByText('Add a file to Python 3.14.0').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Release' }).inputValue()).toBe('Python 3.14.0');
    await page.locator('input[name="name"]').fill(NEW_FILE.name);
    await page.locator('input[name="slug"]').fill(NEW_FILE.slug);
    await page.locator('input[name="url"]').fill(NEW_FILE.url);
    await page.getByRole('combobox', { name: 'Operating system' }).click();
    await page.getByRole('option', { name: 'Windows' }).click();
    await page.locator('input[name="sha256_sum"]').fill(NEW_FILE.sha256);
    await page.locator('input[name="filesize"]').fill(NEW_FILE.size);
    await page.getByText('Shown as 25.3 MB on the downloads page.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();

    // ...and saving lands back on the release, with the new file in its list.
    await page.waitForURL(new RegExp(`#/releases/${releaseId}$`));
    const row = files.getByRole('row', { name: new RegExp(NEW_FILE.name.replace(/[()]/g, '\\$&')) });
    await row.waitFor();
    await row.getByText('25.3 MB').waitFor();
    await files.getByText('7 files for 3 operating systems').waitFor();
    const [created] = await apiGet(page, `/api/release-files?filter=${encodeURIComponent(JSON.stringify({ slug: NEW_FILE.slug }))}`);
    expect(created).toMatchObject({
      release_id: releaseId,
      url: NEW_FILE.url,
      sha256_sum: NEW_FILE.sha256,
      filesize: Number(NEW_FILE.size),
      name: NEW_FILE.name,
    });

    // A click on the row edits the file in a dialog; the list shows the saved size.
    await row.getByRole('cell', { name: NEW_FILE.name, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${NEW_FILE.name}` });
    await dialog.locator('input[name="filesize"]').fill('33554432');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('32.0 MB').waitFor();
    const edited = await apiGet(page, `/api/release-files/${created.id}`);
    expect(edited).toMatchObject({ filesize: 33554432, release_id: releaseId, row_version: created.row_version + 1 });

    // The python.org URL rule is checked in the form, in the server's words, before any request...
    await row.getByRole('button', { name: `Edit ${NEW_FILE.name}` }).click();
    await dialog.locator('input[name="url"]').fill('http://example.com/x');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Must be empty or start with https://www.python.org/').waitFor();
    // ...and what only the server knows (another file already has this URL) lands on the field too.
    await dialog.locator('input[name="url"]').fill('https://www.python.org/ftp/python/3.14.0/Python-3.14.0.tgz');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Already used by another record.').waitFor();
    expect((await apiGet(page, `/api/release-files/${created.id}`)).url).toBe(NEW_FILE.url);

    // Someone else saves the file meanwhile: the dialog refuses to overwrite it and says so.
    expect(
      await putElsewhere(page, `/api/release-files/${created.id}`, { row_version: edited.row_version, description: 'Edited elsewhere' }),
    ).toBe(200);
    await dialog.locator('input[name="url"]').fill(NEW_FILE.url);
    await dialog.locator('input[name="filesize"]').fill('1000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Someone else saved this file since you opened it').waitFor();
    await dialog.getByRole('button', { name: 'Reload, keep my edits' }).click();
    await expect.poll(() => dialog.locator('textarea[name="description"]').inputValue()).toBe('Edited elsewhere');
    expect(await dialog.locator('input[name="filesize"]').inputValue()).toBe('1000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await apiGet(page, `/api/release-files/${created.id}`)).toMatchObject({ filesize: 1000, description: 'Edited elsewhere' });

    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a content editor the releases and their files read-only', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    await page.getByRole('menuitem', { name: 'Releases' }).click();
    await page.getByRole('cell', { name: 'Python 3.13.9', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);

    await page.getByRole('cell', { name: 'Python 3.13.9', exact: true }).click();
    await page.waitForURL(/#\/releases\/\d+\/show$/);
    const files = page.getByRole('region', { name: 'Files' });
    await files.getByRole('cell', { name: 'Windows installer (64-bit)', exact: true }).waitFor();
    await files.getByText('6 files for 3 operating systems').waitFor();
    expect(await files.getByRole('link', { name: 'Add file' }).count()).toBe(0);
    expect(await files.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
