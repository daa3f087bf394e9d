/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiGet } from '../support/pageApi.js';
import { expectNoConsoleErrors, PERSONAS, SUPERUSER, startAdminApp, type AdminApp } from '../support/adminApp.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const V1 = lines('# Sprint notes', '', 'We meet on Tuesdays.', '', 'Bring a laptop.');
const V2 = lines('# Sprint notes', '', 'We meet on Thursdays.', '', 'Bring a laptop.');
const V3 = lines('# Sprint notes', '', 'We meet on Thursdays at six.', '', 'Bring a laptop.', 'Snacks are provided.');

/** A record's numbered versions on its edit screen: the list, a comparison of two, and Restore. */
describe('versions in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('lets a content editor compare a page’s versions and restore the first', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    // Created (version 1), then edited twice on its edit screen (versions 2 and 3).
    const created = await apiCall(page, 'POST', '/api/pages', {
      title: 'Sprint notes',
      path: 'community/sprint-notes',
      content: V1,
      content_markup_type: 'markdown',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const content = page.locator('textarea[name="content"]');
    for (const [from, to] of [
      [V1, V2],
      [V2, V3],
    ]) {
      await page.goto(`${app.base}/#/pages/${id}`);
      await expect.poll(() => content.inputValue()).toBe(from);
      await content.fill(to);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/pages(\?.*)?$/);
    }

    await page.goto(`${app.base}/#/pages/${id}`);
    await expect.poll(() => content.inputValue()).toBe(V3);
    await page.getByRole('button', { name: 'Versions' }).click();
    const drawer = page.getByRole('dialog', { name: 'Versions' });
    const items = drawer.getByTestId('version-item');
    await drawer.getByRole('heading', { name: '3 versions' }).waitFor();
    expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-version')))).toEqual(['3', '2', '1']);
    expect(await items.first().innerText()).toContain('ewa');
    // By default: what the last save changed.
    await drawer.getByRole('heading', { name: 'Version 2 compared with version 3' }).waitFor();

    // Version 1 against the newest: the changed line beside its new form, the line added since on its own.
    await drawer.getByRole('radio', { name: 'Compare from version 1' }).check();
    await drawer.getByRole('heading', { name: 'Version 1 compared with version 3' }).waitFor();
    const diff = drawer.getByTestId('version-fields').locator('tr[data-field="content"]');
    await diff.locator('td[data-change="removed"]', { hasText: 'We meet on Tuesdays.' }).waitFor();
    await diff.locator('td[data-change="added"]', { hasText: 'We meet on Thursdays at six.' }).waitFor();
    await diff.locator('td[data-change="added"]', { hasText: 'Snacks are provided.' }).waitFor();
    expect(await diff.locator('td[data-change="same"]', { hasText: 'Bring a laptop.' }).count()).toBe(2);
    // Only changed fields unless asked: the title is the same in both.
    expect(await drawer.locator('tr[data-field="title"]').count()).toBe(0);
    await drawer.getByRole('switch', { name: 'Show unchanged fields' }).check();
    await drawer.locator('tr[data-field="title"]').waitFor();

    await drawer.getByRole('button', { name: 'Restore version 1' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore version 1?' });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('Restored version 1; it is saved as the newest version.').waitFor();
    await drawer.getByRole('heading', { name: '4 versions' }).waitFor();
    await expect.poll(() => items.first().getAttribute('data-version')).toBe('4');
    expect(await items.first().getByTestId('version-comment').innerText()).toBe('Restored version 1.');
    await drawer.getByRole('heading', { name: 'Version 3 compared with version 4' }).waitFor();

    await drawer.getByRole('button', { name: 'Close versions' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => content.inputValue()).toBe(V1);
    expect(await apiGet(page, `/api/pages/${id}`)).toMatchObject({ content: V1 });
    expectNoConsoleErrors(errors);
    await page.close();
  }, 90_000);

  it('shows a release’s files added, removed and changed, and refuses a restore decided on a stale screen', async () => {
    const { page, errors } = await app.signIn(PERSONAS.releaseManager);
    const release = await apiCall(page, 'POST', '/api/releases', {
      name: 'Python 3.19.0a1',
      slug: 'python-3190a1',
      version: 3,
      is_published: false,
      pre_release: true,
      release_date: '2027-10-01T00:00:00Z',
    });
    expect(release.status).toBe(201);
    const id = release.body.id as number;
    const [os] = (await apiCall(page, 'GET', '/api/operating-systems?range=[0,0]')).body as { id: number }[];
    const file = (name: string) => ({
      name,
      slug: name.replace(/\W+/g, '-'),
      os_id: os.id,
      release_id: id,
      url: `https://www.python.org/ftp/python/3.19.0/${name}`,
    });
    // Versions 2 to 6: two files added, one changed, one deleted, a third added.
    const tarball = await apiCall(page, 'POST', '/api/release-files', file('Python-3.19.0a1.tgz'));
    const installer = await apiCall(page, 'POST', '/api/release-files', file('python-3.19.0a1-amd64.exe'));
    expect([tarball.status, installer.status]).toEqual([201, 201]);
    const changed = { description: 'Gzipped source tarball', row_version: tarball.body.row_version };
    expect((await apiCall(page, 'PUT', `/api/release-files/${tarball.body.id}`, changed)).status).toBe(200);
    expect((await apiCall(page, 'DELETE', `/api/release-files/${installer.body.id}`)).status).toBe(200);
    expect((await apiCall(page, 'POST', '/api/release-files', file('Python-3.19.0a1.tar.xz'))).status).toBe(201);

    await page.goto(`${app.base}/#/releases/${id}`);
    await page.locator('input[name="name"]').waitFor();
    await page.getByRole('button', { name: 'Versions' }).click();
    const drawer = page.getByRole('dialog', { name: 'Versions' });
    await drawer.getByRole('heading', { name: '6 versions' }).waitFor();
    await drawer.getByRole('radio', { name: 'Compare from version 3' }).check();
    await drawer.getByRole('heading', { name: 'Version 3 compared with version 6' }).waitFor();
    const files = drawer.getByTestId('version-children-release-files');
    await files.getByText('1 added, 1 removed, 1 changed').waitFor();
    const entry = (kind: string, name: string) => files.locator('li', { hasText: name }).filter({ hasText: kind });
    await entry('Added', 'Python-3.19.0a1.tar.xz').waitFor();
    await entry('Removed', 'python-3.19.0a1-amd64.exe').waitFor();
    await entry('Changed', 'Python-3.19.0a1.tgz').getByText('Gzipped source tarball').waitFor();

    // Someone saves the release while this screen is open: restoring now is refused, and the list moves on.
    const current = (await apiCall(page, 'GET', `/api/releases/${id}`)).body as { row_version: number };
    const theirs = await apiCall(page, 'PUT', `/api/releases/${id}`, { content: 'Their notes', row_version: current.row_version });
    expect(theirs.status).toBe(200);
    await drawer.getByRole('button', { name: 'Restore version 3' }).click();
    await page.getByRole('dialog', { name: 'Restore version 3?' }).getByRole('button', { name: 'Restore' }).click();
    await drawer.getByRole('alert').getByText('Someone else changed this release while you were looking').waitFor();
    await drawer.getByRole('heading', { name: '7 versions' }).waitFor();
    expect((await apiCall(page, 'GET', `/api/releases/${id}`)).body.content).toBe('Their notes');

    // Now on the fresh screen, the restore goes through: version 3's two files, the tarball as it was.
    await drawer.getByRole('button', { name: 'Restore version 3' }).click();
    await page.getByRole('dialog', { name: 'Restore version 3?' }).getByRole('button', { name: 'Restore' }).click();
    await drawer.getByRole('heading', { name: '8 versions' }).waitFor();
    const restored = (await apiCall(page, 'GET', `/api/release-files?filter=${encodeURIComponent(JSON.stringify({ release_id: id }))}`))
      .body as { name: string; description: string | null }[];
    expect(restored.map((f) => [f.name, f.description]).sort()).toEqual([
      ['Python-3.19.0a1.tgz', null],
      ['python-3.19.0a1-amd64.exe', null],
    ]);
    // The 409 is the one failed request this test provoked; nothing else went wrong.
    expectNoConsoleErrors(errors);
    await page.close();
  }, 90_000);

  it('pages through a long history, keeping the versions chosen for comparison', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const [box] = (await apiCall(page, 'GET', '/api/boxes?range=[0,0]&sort=["id","ASC"]')).body as { id: number; row_version: number }[];
    let rowVersion = box.row_version;
    // The demo's boxes were loaded without versions: these 30 saves are versions 1 to 30.
    for (let i = 1; i <= 30; i++) {
      const saved = await apiCall(page, 'PUT', `/api/boxes/${box.id}`, { content: `Save number ${i}.`, row_version: rowVersion });
      expect(saved.status).toBe(200);
      rowVersion = saved.body.row_version;
    }
    await page.goto(`${app.base}/#/boxes/${box.id}`);
    await page.locator('input[name="label"]').waitFor();
    await page.getByRole('button', { name: 'Versions' }).click();
    const drawer = page.getByRole('dialog', { name: 'Versions' });
    const items = drawer.getByTestId('version-item');
    await drawer.getByRole('heading', { name: '30 versions' }).waitFor();
    await drawer.getByText('1–25 of 30').waitFor();
    expect(await items.count()).toBe(25);
    await drawer.getByRole('button', { name: 'Go to next page' }).click();
    await drawer.getByText('26–30 of 30').waitFor();
    // The page's rows follow its label once fetched (the previous page stays on screen meanwhile).
    await expect.poll(() => items.evaluateAll((li) => li.map((e) => e.getAttribute('data-version')))).toEqual(['5', '4', '3', '2', '1']);
    await drawer.getByRole('radio', { name: 'Compare from version 2' }).check();
    // The newest stays the other side, though it is on the first page.
    await drawer.getByRole('heading', { name: 'Version 2 compared with version 30' }).waitFor();
    await drawer.locator('tr[data-field="content"] td[data-change="removed"]', { hasText: 'Save number 2.' }).waitFor();
    await drawer.locator('tr[data-field="content"] td[data-change="added"]', { hasText: 'Save number 30.' }).waitFor();
    expectNoConsoleErrors(errors);
    await page.close();
  }, 90_000);

  it('offers the panel on the edit screen of every versioned resource, and only there', async () => {
    const { page, errors } = await app.signIn(SUPERUSER.username);
    for (const resource of ['pages', 'boxes', 'releases', 'events', 'sponsors', 'jobs']) {
      const [record] = (await apiCall(page, 'GET', `/api/${resource}?range=[0,0]&sort=["id","ASC"]`)).body as {
        id: number;
        row_version: number;
      }[];
      // Two saves that change nothing still make two versions to compare.
      const first = await apiCall(page, 'PUT', `/api/${resource}/${record.id}`, { row_version: record.row_version });
      expect(first.status, resource).toBe(200);
      expect((await apiCall(page, 'PUT', `/api/${resource}/${record.id}`, { row_version: first.body.row_version })).status, resource).toBe(
        200,
      );
      // Counted, not assumed: an earlier test may have saved the same record.
      const [newest] = (await apiCall(page, 'GET', `/api/${resource}/${record.id}/versions?range=[0,0]`)).body as { number: number }[];
      const [a, b] = [newest.number - 1, newest.number];
      await page.goto(`${app.base}/#/${resource}/${record.id}`);
      await page.locator('form').first().waitFor();
      await page.getByRole('button', { name: 'Versions' }).click();
      const drawer = page.getByRole('dialog', { name: 'Versions' });
      await drawer.getByRole('heading', { name: `Version ${a} compared with version ${b}` }).waitFor();
      await drawer.getByText(`No field you edit differs between version ${a} and version ${b}.`).waitFor();
      await drawer.getByRole('button', { name: 'Close versions' }).click();
      await drawer.waitFor({ state: 'hidden' });
    }
    await page.goto(`${app.base}/#/calendars/1`);
    await page.locator('form').first().waitFor();
    await page.getByRole('button', { name: 'History' }).waitFor();
    expect(await page.getByRole('button', { name: 'Versions' }).count()).toBe(0);
    expectNoConsoleErrors(errors);
    await page.close();
  }, 90_000);
});
