/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's DataTransfer, File and atob.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../support/pageApi.js';
import { expectNoConsoleErrors, PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

const png = (background: string) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background } })
    .png()
    .toBuffer();

/** The media library's screens: uploads by drag and drop, the grid, and an image's alt text and focal point. */
describe('the media library in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('uploads dropped files with a result per file, then saves an image’s alt text and focal point', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const files = [
      { name: 'blue.png', type: 'image/png', base64: (await png('#306998')).toString('base64') },
      { name: 'yellow.png', type: 'image/png', base64: (await png('#ffd43b')).toString('base64') },
      // A Windows executable wearing an image's name: the server types files by their bytes.
      { name: 'innocent.png', type: 'image/png', base64: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]).toString('base64') },
    ];

    await page.getByRole('menuitem', { name: 'Media', exact: true }).click();
    await page.waitForURL(/#\/media(\?.*)?$/);
    const zone = page.getByTestId('media-drop-zone');
    await zone.waitFor();
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return transfer;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });

    // One row per file: the two images finish with a link, the executable shows the server's refusal.
    const rows = page.getByTestId('upload-row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.and(page.locator('[data-state="done"]')).count(), { timeout: 15_000 }).toBe(2);
    const refused = rows.filter({ hasText: 'innocent.png' });
    await refused.locator('[data-state="failed"], [role="alert"]').first().waitFor();
    expect(await refused.getByRole('alert').innerText()).toMatch(/exe/);
    expect(await rows.filter({ hasText: 'blue.png' }).getByRole('link', { name: /edit/i }).count()).toBe(1);

    // The list refreshed: both images in the grid, by their thumbnails; the executable nowhere.
    const thumbs = page.locator('[data-testid="media-card"] img[src*="/thumb/"]');
    await expect.poll(() => thumbs.count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('media-card').filter({ hasText: 'innocent.png' }).count()).toBe(0);

    // One image: alt text and a click on the preview, a quarter from the left and three quarters down.
    await page.getByTestId('media-card').filter({ hasText: 'blue.png' }).getByRole('link').click();
    await page.waitForURL(/#\/media\/\d+$/);
    const id = Number(/#\/media\/(\d+)$/.exec(page.url())![1]);
    const preview = page.getByTestId('focal-point-image');
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await page.getByLabel('Alt text').fill('A blue rectangle');
    const box = (await preview.boundingBox())!;
    await preview.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
    await page.getByTestId('focal-point-marker').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/#\/media(\?.*)?$/);

    const stored = await apiGet(page, `/api/media/${id}`);
    expect(stored.alt).toBe('A blue rectangle');
    expect(Math.abs(stored.focal_point.x - 0.25)).toBeLessThan(0.05);
    expect(Math.abs(stored.focal_point.y - 0.75)).toBeLessThan(0.05);
    // The 415 of the refused upload is reported by Chromium as a failed resource load, which
    // signIn's console filter already leaves out; nothing else may have gone wrong.
    expectNoConsoleErrors(errors);
  }, 120_000);
});
