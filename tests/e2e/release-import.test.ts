/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../support/pageApi.js';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';

/** A resource as the API has it now, fetched with the browser's own session. */
const filterQuery = (filter: object) => `filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Someone else saving meanwhile: a PUT with the session's CSRF token, as another tab would send. */
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

interface ManifestFile {
  name: string;
  slug: string;
  os: string;
  url: string;
  filesize: number;
  sha256_sum: string;
}

/** Three Windows files of a release, named and placed the way python.org publishes them. */
function manifestFor(release: { name: string; slug: string }): ManifestFile[] {
  const version = release.name.replace(/^Python /, '');
  const directory = version.replace(/[abc]\d+$|rc\d+$/, '');
  const files = [
    ['Windows debug information files (64-bit)', `python-${version}-amd64-pdb.zip`, 26_529_792],
    ['Windows installer (32-bit)', `python-${version}.exe`, 27_181_440],
    ['Windows embeddable package (32-bit)', `python-${version}-embed-win32.zip`, 9_650_000],
  ] as const;
  return files.map(([name, file, filesize]) => {
    const url = `https://www.python.org/ftp/python/${directory}/${file}`;
    return {
      name,
      slug: `${release.slug}-${file.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      os: 'windows',
      url,
      filesize,
      sha256_sum: createHash('sha256').update(url).digest('hex'),
    };
  });
}

const COLUMNS = ['name', 'slug', 'os', 'url', 'filesize', 'sha256_sum'] as const;
const csvOf = (files: ManifestFile[]) => [COLUMNS.join(','), ...files.map((f) => COLUMNS.map((c) => String(f[c])).join(','))].join('\n');

describe('importing a release manifest in a browser', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => app?.close());

  it('checks a CSV manifest, shows its errors per cell, applies it, then publishes with a recorded override', async () => {
    const { page, errors } = await app.signIn(PERSONAS.releaseManager);
    page.setDefaultTimeout(15_000);
    await page.getByRole('menuitem', { name: 'Releases' }).click();
    await page.getByRole('cell', { name: 'Python 3.15.0b1', exact: true }).click();
    await page.waitForURL(/#\/releases\/\d+$/);
    const releaseId = Number(page.url().split('/').pop());
    const release = await apiGet(page, `/api/releases/${releaseId}`);
    expect(release.is_published).toBe(false);
    const filesOf = () => apiGet(page, `/api/release-files?${filterQuery({ release_id: releaseId })}&range=[0,99]`);
    const before = await filesOf();
    const manifest = manifestFor(release);

    const files = page.getByRole('region', { name: 'Files' });
    await files.getByText(`${before.length} files for 3 operating systems`).waitFor();
    // Before the import the checklist is complete; it must follow the import without a reload.
    const panel = page.getByRole('complementary', { name: 'Publishing' });
    await panel.getByText('Not published yet. Everything is ready to publish.').waitFor();
    expect(await panel.locator('li[data-ok="false"]').count()).toBe(0);
    await files.getByRole('button', { name: 'Import files' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import files into Python 3.15.0b1' });
    const manifestBox = dialog.locator('textarea[name="manifest"]');
    const apply = dialog.getByRole('button', { name: 'Apply' });
    expect(await apply.isDisabled()).toBe(true);

    // Check: a dry run lists the three files to create and changes nothing.
    await manifestBox.fill(csvOf(manifest));
    await dialog.getByText('3 rows.').waitFor();
    await dialog.getByRole('button', { name: 'Check' }).click();
    const toCreate = dialog.getByRole('table', { name: 'To create (3)' });
    await toCreate.waitFor();
    expect(await toCreate.locator('tbody tr').count()).toBe(3);
    for (const file of manifest) await toCreate.getByText(file.url, { exact: true }).waitFor();
    await dialog.getByText('0 errors').waitFor();
    expect(await apply.isEnabled()).toBe(true);
    expect(await filesOf()).toHaveLength(before.length);

    // An http:// URL: the server's message is on that very cell (red), and Apply is refused.
    const broken = manifest.map((f, i) => (i === 1 ? { ...f, url: f.url.replace('https://', 'http://') } : f));
    await manifestBox.fill(csvOf(broken));
    await dialog.getByText('the plan below is the old one').waitFor();
    expect(await apply.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Check' }).click();
    const invalid = dialog.getByRole('table', { name: 'Rows with errors (1)' });
    await invalid.waitFor();
    const badCell = invalid.locator('tr[data-row="2"] td[data-error]');
    expect(await badCell.getAttribute('data-error')).toBe('Must be empty or start with https://www.python.org/');
    await badCell.getByText(broken[1].url, { exact: true }).waitFor();
    await badCell.getByText('Must be empty or start with https://www.python.org/').waitFor();
    const cellColour = await badCell.evaluate((cell) => getComputedStyle(cell).backgroundColor);
    expect(cellColour).not.toBe('rgba(0, 0, 0, 0)');
    await dialog.getByText('Row 2, url: Must be empty or start with https://www.python.org/').waitFor();
    await dialog.getByRole('table', { name: 'To create (2)' }).waitFor();
    expect(await apply.isDisabled()).toBe(true);
    await dialog.getByText('Fix the errors and check again to apply.').waitFor();

    // Fixed and checked again, it applies; the request is held a moment so the progress shows.
    await manifestBox.fill(csvOf(manifest));
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('table', { name: 'To create (3)' }).waitFor();
    await page.route('**/files/import', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await apply.click();
    await dialog.getByText('Importing 3 rows in one transaction…').waitFor();
    await dialog.getByText('The manifest has been imported.').waitFor();
    await dialog.getByText(/3 files created, 0 updated, 0 deleted, 0 unchanged/).waitFor();
    await page.unroute('**/files/import');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });

    // The files are on the release, inline, and in the API as the manifest said.
    await files.getByText(`${before.length + 3} files for 3 operating systems`).waitFor();
    for (const file of manifest) await files.getByRole('cell', { name: file.name, exact: true }).waitFor();
    const [windows] = await apiGet(page, `/api/operating-systems?${filterQuery({ slug: 'windows' })}`);
    const after = await filesOf();
    expect(after).toHaveLength(before.length + 3);
    for (const file of manifest) {
      expect(after.find((f: { url: string }) => f.url === file.url)).toMatchObject({
        name: file.name,
        slug: file.slug,
        os_id: windows.id,
        filesize: file.filesize,
        sha256_sum: file.sha256_sum,
        release_id: releaseId,
      });
    }

    // The checklist now misses the new files' signatures: Publish is disabled, "Publish anyway…" asks why.
    const signatures = panel.locator('li[data-key="signatures"]');
    await panel.locator('li[data-key="signatures"][data-ok="false"]').waitFor();
    await signatures.getByText('3 of 9 files have no GPG or Sigstore signature').waitFor();
    expect(await panel.locator('li[data-key="download_buttons"]').getAttribute('data-ok')).toBe('true');
    expect(await panel.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Publish anyway…' }).click();
    const override = page.getByRole('dialog', { name: 'Publish Python 3.15.0b1 anyway?' });
    await override.getByText('3 of 9 files have no GPG or Sigstore signature').waitFor();
    await override.getByRole('button', { name: 'Publish anyway' }).click();
    await override.getByText('Please say why it is published anyway.').waitFor();
    expect((await apiGet(page, `/api/releases/${releaseId}`)).is_published).toBe(false);
    const reason = 'The Windows signatures follow tomorrow; the beta is announced today.';
    await override.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await override.getByRole('button', { name: 'Publish anyway' }).click();
    await override.waitFor({ state: 'detached' });
    await panel.getByTestId('published-state').waitFor();
    await panel.getByText('Published, though the checklist is not complete:').waitFor();

    const published = await apiGet(page, `/api/releases/${releaseId}`);
    expect(published).toMatchObject({ is_published: true, row_version: release.row_version + 1 });
    expect(published).not.toHaveProperty('publish_override');
    const audit = await apiGet(
      page,
      `/api/audit-log?${filterQuery({ resource: 'releases', record_id: releaseId })}&sort=${encodeURIComponent('["created","DESC"]')}`,
    );
    expect(audit[0]).toMatchObject({
      action: 'update',
      changes: { is_published: { old: false, new: true }, publish_override: { new: reason } },
    });
    expect(audit[0].changes.publish_override.missing.map((item: { key: string }) => item.key)).toEqual(['signatures']);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('unpublishes a ready release, publishes it with the plain Publish button, and shows a refusal when files changed meanwhile', async () => {
    const { page, errors } = await app.signIn(PERSONAS.releaseManager);
    page.setDefaultTimeout(15_000);
    await page.getByRole('menuitem', { name: 'Releases' }).click();
    await page.getByRole('cell', { name: 'Python 3.13.9', exact: true }).click();
    await page.waitForURL(/#\/releases\/\d+$/);
    const releaseId = Number(page.url().split('/').pop());
    const panel = page.getByRole('complementary', { name: 'Publishing' });
    await panel.getByText('Published; the checklist is complete.').waitFor();

    await panel.getByRole('button', { name: 'Unpublish' }).click();
    await page.getByRole('dialog', { name: 'Unpublish Python 3.13.9?' }).getByRole('button', { name: 'Unpublish' }).click();
    await panel.getByText('Not published yet. Everything is ready to publish.').waitFor();
    expect((await apiGet(page, `/api/releases/${releaseId}`)).is_published).toBe(false);
    expect(await panel.getByRole('button', { name: 'Publish anyway…' }).count()).toBe(0);

    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await panel.getByTestId('published-state').waitFor();
    expect((await apiGet(page, `/api/releases/${releaseId}`)).is_published).toBe(true);
    const [entry] = await apiGet(
      page,
      `/api/audit-log?${filterQuery({ resource: 'releases', record_id: releaseId })}&sort=${encodeURIComponent('["created","DESC"]')}`,
    );
    expect(entry.changes).toMatchObject({ is_published: { old: false, new: true } });
    expect(entry.changes).not.toHaveProperty('publish_override');

    // A plain save of the form afterwards is no conflict: the form has the published release's row_version.
    await page.locator('input[name="name"]').fill('Python 3.13.9 (final)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await apiGet(page, `/api/releases/${releaseId}`)).name).toBe('Python 3.13.9 (final)');
    expect((await apiGet(page, `/api/releases/${releaseId}`)).is_published).toBe(true);

    // Unpublished again, and meanwhile someone else strips a file's signatures: Publish is refused
    // (409), the screen says what is missing, and the checklist catches up.
    await panel.getByRole('button', { name: 'Unpublish' }).click();
    await page
      .getByRole('dialog', { name: /^Unpublish / })
      .getByRole('button', { name: 'Unpublish' })
      .click();
    await panel.getByText('Not published yet. Everything is ready to publish.').waitFor();
    const releaseFiles: { id: number; name: string; row_version: number }[] = await apiGet(
      page,
      `/api/release-files?${filterQuery({ release_id: releaseId })}`,
    );
    const file = releaseFiles.find((f) => f.name === 'Windows installer (ARM64)')!;
    const unsigned = { row_version: file.row_version, gpg_signature_file: null, sigstore_signature_file: null, sigstore_bundle_file: null };
    expect(await putElsewhere(page, `/api/release-files/${file.id}`, unsigned)).toBe(200);
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    const refusal = panel.getByRole('alert').filter({ hasText: 'Not published: the release is no longer ready' });
    await refusal.getByText('1 of 6 files has no GPG or Sigstore signature: Windows installer (ARM64)').waitFor();
    await panel.locator('li[data-key="signatures"][data-ok="false"]').first().waitFor();
    await panel.getByRole('button', { name: 'Publish anyway…' }).waitFor();
    expect((await apiGet(page, `/api/releases/${releaseId}`)).is_published).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a content editor the checklist read-only, with no import or publish buttons', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    page.setDefaultTimeout(15_000);
    await page.getByRole('menuitem', { name: 'Releases' }).click();
    await page.getByRole('cell', { name: 'Python 3.12.12', exact: true }).click();
    await page.waitForURL(/#\/releases\/\d+\/show$/);
    const panel = page.getByRole('complementary', { name: 'Publishing' });
    await panel.getByText('Published; the checklist is complete.').waitFor();
    expect(await panel.locator('li[data-ok="true"]').count()).toBe(4);
    await panel.getByTestId('published-state').getByText('Published').waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import files' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
