/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../support/pageApi.js';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

const RST = ['Membership', '==========', '', 'Why join', '--------', '', '* Vote in PSF elections', '* Support the community', ''].join(
  '\n',
);

/** The server's declaration of a field, as the admin reads it. */
const fieldMeta = (page: Page, resource: string, field: string) =>
  page.evaluate(
    async ([r, f]) => {
      const all = (await (await fetch('/api/meta/resources')).json()) as {
        name: string;
        fields: { name: string; pattern?: { message: string } }[];
      }[];
      return all.find((x) => x.name === r)!.fields.find((x) => x.name === f)!;
    },
    [resource, field],
  );

describe('content screens in a browser', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => app?.close());

  it('lets a content editor find a page, rewrite it in reStructuredText with a live preview, and save it', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    await page.getByRole('menuitem', { name: 'Pages' }).click();
    await page.getByText('About Python').waitFor();

    await page.getByPlaceholder('Search titles and text').fill('membership');
    await page.getByText('About Python').waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'PSF Membership' }).click();
    await page.waitForURL(/#\/pages\/\d+$/);
    const id = Number(page.url().split('/').pop());
    const before = await apiGet(page, `/api/pages/${id}`);
    expect(before.content_markup_type).toBe('markdown');

    // The path rule is the server's: an invalid path is refused in the form, with the server's own words, before any request.
    const { pattern } = await fieldMeta(page, 'pages', 'path');
    const writes: string[] = [];
    page.on('request', (r) => r.method() === 'PUT' && writes.push(r.url()));
    const path = page.locator('input[name="path"]');
    await path.fill('/psf/membership/');
    await path.blur();
    await page.getByText(pattern!.message).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The form is not valid').waitFor();
    expect(writes).toEqual([]);
    await path.fill('psf/membership');
    await page.getByText('Served at https://www.python.org/psf/membership/').waitFor();

    await page.locator('input[name="title"]').fill('PSF Membership explained');
    await page.getByRole('combobox', { name: 'Markup' }).click();
    await page.getByRole('option', { name: 'reStructuredText' }).click();
    await page.locator('textarea[name="content"]').fill(RST);
    const preview = page.getByTestId('markup-preview');
    await preview.locator('h1', { hasText: 'Membership' }).waitFor();
    await preview.locator('h2', { hasText: 'Why join' }).waitFor();
    expect(await preview.locator('li').allInnerTexts()).toEqual(['Vote in PSF elections', 'Support the community']);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/pages(\?.*)?$/);
    const after = await apiGet(page, `/api/pages/${id}`);
    expect(after).toMatchObject({ title: 'PSF Membership explained', content: RST, content_markup_type: 'rst', path: 'psf/membership' });
    expect(after.row_version).toBe(before.row_version + 1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lets a content editor edit a box with its preview', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    await page.getByRole('menuitem', { name: 'Boxes' }).click();
    await page.getByRole('cell', { name: 'homepage-downloads' }).click();
    await page.waitForURL(/#\/boxes\/\d+$/);
    const id = Number(page.url().split('/').pop());
    const preview = page.getByTestId('markup-preview');
    await preview.locator('strong', { hasText: 'Python 3.14.0' }).waitFor();

    const text = 'Download **Python 3.14.1** for *your* platform.';
    await page.locator('textarea[name="content"]').fill(text);
    await preview.locator('strong', { hasText: 'Python 3.14.1' }).waitFor();
    await preview.locator('em', { hasText: 'your' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/boxes(\?.*)?$/);
    expect(await apiGet(page, `/api/boxes/${id}`)).toMatchObject({
      label: 'homepage-downloads',
      content: text,
      content_markup_type: 'markdown',
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows pages read-only to a release manager', async () => {
    const { page, errors } = await app.signIn(PERSONAS.releaseManager);
    await page.getByRole('menuitem', { name: 'Pages' }).click();
    await page.getByRole('cell', { name: 'Getting Started' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);

    await page.getByRole('cell', { name: 'Getting Started' }).click();
    await page.waitForURL(/#\/pages\/\d+\/show$/);
    await page.getByTestId('markup-preview').locator('h1').first().waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
