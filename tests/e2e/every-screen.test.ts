/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERUSER, startAdminApp, type AdminApp } from '../support/adminApp.js';

/**
 * Every resource the API serves has working admin screens: its list renders rows (or an empty
 * state), a record opens for editing, and the create form opens, with no error in the console.
 */
describe('every resource in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('opens the list, an edit screen and the create form of each resource without errors', async () => {
    const { page, errors } = await app.signIn(SUPERUSER.username);
    const described: { name: string; operations: string[] }[] = await page.evaluate(async () =>
      (await fetch('/api/meta/resources')).json(),
    );
    const visited: string[] = [];
    for (const { name, operations } of described) {
      await page.goto(`${app.base}/#/${name}`);
      // A list shows either its rows' table or react-admin's empty state.
      await page.locator('table, .RaEmpty-message, .RaList-noResults').first().waitFor({ timeout: 15_000 });
      const first = await page.evaluate(async (res) => (await (await fetch(`/api/${res}?range=[0,0]`)).json())[0]?.id, name);
      if (first !== undefined) {
        const view = operations.includes('update') ? '' : '/show';
        await page.goto(`${app.base}/#/${name}/${first}${view}`);
        await page
          .locator(view ? '.RaShow-main' : 'form')
          .first()
          .waitFor({ timeout: 15_000 });
      }
      if (operations.includes('create')) {
        await page.goto(`${app.base}/#/${name}/create`);
        await page.locator('form').first().waitFor({ timeout: 15_000 });
      }
      expect(await page.locator('.RaError, [role="alert"]:has-text("Something went wrong")').count(), name).toBe(0);
      visited.push(name);
    }
    expect(visited.length).toBe(described.length);
    // And the screens that are not a resource: the dashboard's charts and My account.
    await page.goto(`${app.base}/#/`);
    await page.getByText('Job postings by month').waitFor();
    await page.locator('.MuiChartsSurface-root').first().waitFor();
    await page.goto(`${app.base}/#/account`);
    await page.getByText('API tokens', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  }, 600_000);
});
