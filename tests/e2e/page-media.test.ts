/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's DataTransfer, File and atob.
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiGet } from '../support/pageApi.js';
import { expectNoConsoleErrors, PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

const png = async (background: string) =>
  (
    await sharp({ create: { width: 480, height: 320, channels: 3, background } })
      .png()
      .toBuffer()
  ).toString('base64');

/** Drops files on an element as a person dragging them from their desktop would. */
async function dropFiles(page: Page, testId: string, files: { name: string; type: string; base64: string }[]) {
  const zone = page.getByTestId(testId);
  await zone.waitFor();
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
}

const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth;

/** Media where content is edited: a page's images and documents, and the library picker on other forms. */
describe('media on pages and sponsors in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('drops two images into a page, gives them alt text and a focal point, and the public page API returns them', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const created = await apiCall(page, 'POST', '/api/pages', { title: 'PyCon sprint photos', path: 'sprint-photos', content: 'Photos.' });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    await page.goto(`${app.base}/#/pages/${id}`);

    await dropFiles(page, 'page-images-drop-zone', [
      { name: 'sprint-room.png', type: 'image/png', base64: await png('#4b8bbe') },
      { name: 'sprint-board.png', type: 'image/png', base64: await png('#ffe873') },
    ]);
    // Neither has alt text yet: each waits on a card asking for it before the page takes it.
    const pending = page.getByTestId('pending-page-image');
    await expect.poll(() => pending.count(), { timeout: 15_000 }).toBe(2);
    for (const [name, alt] of [
      ['sprint-room.png', 'Developers at tables in the sprint room'],
      ['sprint-board.png', 'The sprint board with sticky notes'],
    ]) {
      await page.getByLabel(`Alt text for ${name}`).fill(alt);
      await pending
        .filter({ has: page.getByLabel(`Alt text for ${name}`) })
        .getByRole('button', { name: 'Add to page' })
        .click();
    }
    await expect.poll(() => pending.count()).toBe(0);

    // Both on the page, by their thumbnails; a click on the first sets its focal point.
    const cards = page.getByTestId('page-image');
    await expect.poll(() => cards.count()).toBe(2);
    const thumbs = cards.getByTestId('focal-point-image');
    for (let i = 0; i < 2; i++) await expect.poll(() => thumbs.nth(i).evaluate(loaded), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await thumbs.nth(0).getAttribute('src')).toMatch(/^\/media\/[0-9a-f]{64}\/thumb\//);
    const first = cards.filter({ hasText: 'sprint-room.png' });
    const image = first.getByTestId('focal-point-image');
    const box = (await image.boundingBox())!;
    await image.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
    await first.getByTestId('focal-point-marker').waitFor();
    await first.getByText(/30% from the left, 60% from the top/).waitFor();

    // The public page API, read anonymously (not through the browser, whose cache keeps public answers a minute),
    // lists both, with URLs that serve them.
    const publicPage = async () => (await fetch(`${app.base}/api/v2/pages/page/${id}/`)).json();
    const published = await publicPage();
    expect(published.images).toHaveLength(2);
    const [room, board] = published.images;
    expect(room).toMatchObject({ alt: 'Developers at tables in the sprint room', width: 480, height: 320 });
    expect(board.alt).toBe('The sprint board with sticky notes');
    expect(Math.abs(room.focal_point.x - 0.3)).toBeLessThan(0.03);
    expect(Math.abs(room.focal_point.y - 0.6)).toBeLessThan(0.03);
    for (const url of [room.url, room.thumbnail, board.url]) {
      expect(url).toMatch(new RegExp(`^${app.base}/media/[0-9a-f]{64}/`));
      const served = await fetch(url);
      expect(served.status, url).toBe(200);
      expect(served.headers.get('content-type')).toMatch(/^image\//);
    }

    // Removing an image takes it off the page, not out of the library.
    await cards.filter({ hasText: 'sprint-board.png' }).getByRole('button', { name: 'Remove from page' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    expect((await publicPage()).images).toHaveLength(1);
    const library = await apiGet(page, `/api/media?filter=${encodeURIComponent(JSON.stringify({ q: 'sprint-board' }))}`);
    expect(library).toHaveLength(1);
    expectNoConsoleErrors(errors);
  }, 120_000);

  it("sets a sponsor's logo from the library, or uploads one on the spot", async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const made = await apiCall(page, 'POST', '/api/sponsors', {
      name: 'Logo Picker Inc',
      description: 'Makes logos.',
      primary_phone: '1',
      web_logo: 'https://example.org/logo.png',
    });
    expect(made.status).toBe(201);
    await page.goto(`${app.base}/#/sponsors/${made.body.id}`);

    // Web logo: chosen in the library dialog (the page test's images are there).
    const web = page.getByTestId('media-input-web_logo_media_id');
    await web.getByRole('button', { name: 'Choose from library' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Search by file name').fill('sprint-room');
    await expect.poll(() => dialog.getByRole('option').count(), { timeout: 10_000 }).toBe(1);
    await dialog.getByRole('option', { name: 'sprint-room.png' }).click();
    await web.getByTestId('media-input-thumbnail').waitFor();

    // White logo: uploaded from the input itself.
    const white = page.getByTestId('media-input-white_logo_media_id');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), white.getByRole('button', { name: 'Upload' }).click()]);
    await chooser.setFiles({ name: 'white-logo.png', mimeType: 'image/png', buffer: Buffer.from(await png('#ffffff'), 'base64') });
    await white.getByText('white-logo.png').waitFor();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/#\/sponsors(\?.*)?$/);
    const sponsor = await apiGet(page, `/api/sponsors/${made.body.id}`);
    const [room] = await apiGet(page, `/api/media?filter=${encodeURIComponent(JSON.stringify({ q: 'sprint-room' }))}`);
    const [logo] = await apiGet(page, `/api/media?filter=${encodeURIComponent(JSON.stringify({ q: 'white-logo' }))}`);
    expect(sponsor.web_logo_media_id).toBe(room.id);
    expect(sponsor.white_logo_media_id).toBe(logo.id);
    expectNoConsoleErrors(errors);
  }, 120_000);
});
