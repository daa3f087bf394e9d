/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, startAdminApp, SUPERUSER, type AdminApp } from '../support/adminApp.js';

const NEWCOMER = { username: 'rita.release', email: 'rita@python.org', first: 'Rita', last: 'Release', password: 'first password 123' };
const NEW_PASSWORD = 'second password 456';

interface StoredUser {
  id: number;
  last_name: string;
  role_ids: number[];
}

/** An API call from the test itself (node's fetch), as a release script would make it. */
const callApi = (app: AdminApp, path: string, token: string) =>
  fetch(`${app.base}${path}`, { headers: { Authorization: `Bearer ${token}` } });

async function signInOnPage(page: Page, username: string, password: string) {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByText('Logout').click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

describe('administration: users, roles and one’s own account', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('a superuser creates a release manager, who changes their password and manages an API token', async () => {
    // The superuser creates the account, with a password and the release manager role.
    const admin = await app.signIn(SUPERUSER.username);
    await admin.page.goto(`${app.base}/#/users/create`);
    await admin.page.locator('input[name="username"]').fill(NEWCOMER.username);
    await admin.page.locator('input[name="email"]').fill(NEWCOMER.email);
    await admin.page.locator('input[name="first_name"]').fill(NEWCOMER.first);
    await admin.page.locator('input[name="last_name"]').fill(NEWCOMER.last);
    await admin.page.locator('input[name="password"]').fill(NEWCOMER.password);
    await admin.page.getByRole('checkbox', { name: /Release manager/ }).check();
    // The edit screen is there once it has read the new record: until then the create form can
    // still be on screen under the new URL, and a Save there would create the user again.
    const editLoaded = admin.page.waitForResponse(
      (r) => r.request().method() === 'GET' && /^\/api\/users\/\d+$/.test(new URL(r.url()).pathname),
    );
    await admin.page.getByRole('button', { name: 'Save' }).click();
    await admin.page.waitForURL(/#\/users\/\d+$/);
    await editLoaded;
    const stored = await admin.page.evaluate(async (username) => {
      const users = (await (await fetch(`/api/users?filter=${encodeURIComponent(JSON.stringify({ username }))}`)).json()) as StoredUser[];
      const roles = (await (await fetch('/api/roles')).json()) as { id: number; slug: string }[];
      return { users, roles };
    }, NEWCOMER.username);
    expect(stored.users).toHaveLength(1);
    const releaseManager = stored.roles.find((r) => r.slug === 'release_manager');
    expect(stored.users[0].role_ids).toEqual([releaseManager?.id]);
    expect(stored.users[0]).not.toHaveProperty('password');
    // Saving the edit screen with the password left empty keeps the password (checked by signing in below).
    await expect.poll(() => admin.page.locator('input[name="last_name"]').inputValue()).toBe(NEWCOMER.last);
    // The edit screen refetches the new record after the create; typing before that lands can be reset by it.
    await admin.page.waitForLoadState('networkidle');
    await expect
      .poll(async () => {
        await admin.page.locator('input[name="last_name"]').fill('Releaser');
        return admin.page.getByRole('button', { name: 'Save' }).isEnabled();
      })
      .toBe(true);
    await admin.page.getByRole('button', { name: 'Save' }).click();
    await admin.page.getByText('Element updated').waitFor();
    await admin.page.waitForURL(/#\/users(\?.*)?$/); // back to the list, with no unsaved-changes prompt
    const renamed = await admin.page.evaluate(
      async (id) => ((await (await fetch(`/api/users/${id}`)).json()) as StoredUser).last_name,
      stored.users[0].id,
    );
    expect(renamed).toBe('Releaser');
    // The list shows the role by name.
    await admin.page.goto(`${app.base}/#/users`);
    await admin.page
      .getByRole('row', { name: new RegExp(NEWCOMER.username) })
      .getByText('Release manager')
      .waitFor();

    // The newcomer signs in: the Downloads screens are offered, user management is not.
    const { page, errors } = await app.signIn(NEWCOMER.username, NEWCOMER.password);
    await page.getByText('Downloads', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Releases' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Users' }).count()).toBe(0);

    // My account, from the user menu.
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    await page.waitForURL(/#\/account$/);
    // The user menu's "My account" item does not close the menu (admin/src/layout/Layout.tsx), and the
    // open menu hides the page from the accessibility tree: close it as a user would.
    await page.keyboard.press('Escape');
    await page.getByTestId('my-roles').getByText('Release manager').waitFor();

    // A mistyped confirmation is caught before anything is sent.
    await page.locator('input[name="current_password"]').fill(NEWCOMER.password);
    await page.locator('input[name="new_password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm_password"]').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Does not match the new password.').waitFor();
    await page.locator('input[name="confirm_password"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.', { exact: false }).waitFor();

    // The old password no longer works, the new one does.
    await signOut(page);
    await signInOnPage(page, NEWCOMER.username, NEWCOMER.password);
    await page.getByText('Wrong username or password.').waitFor();
    await signInOnPage(page, NEWCOMER.username, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Profile' }).waitFor();

    // A new API token: its secret is shown once, and copies to the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
    await page.goto(`${app.base}/#/account`);
    await page.getByText('You have no API tokens yet.').waitFor();
    await page.getByRole('button', { name: 'New token' }).click();
    await page.locator('input[name="name"]').fill('release script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secretDialog = page.getByRole('dialog', { name: /Your new API token/ });
    await secretDialog.getByText('It will not be shown again.', { exact: false }).waitFor();
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^pyo_/);
    await secretDialog.getByTestId('token-usage').getByText(`Bearer ${secret}`, { exact: false }).waitFor();
    await secretDialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await secretDialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await secretDialog.waitFor({ state: 'detached' });
    // Listed by name and prefix only: the secret is gone from the page.
    const row = page.getByTestId('api-tokens').getByRole('row', { name: /release script/ });
    await row.getByText(`${secret.slice(0, 12)}…`).waitFor();
    expect(await page.content()).not.toContain(secret);

    // The token works for scripts, as its owner.
    const me = await callApi(app, '/api/auth/me', secret);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe(NEWCOMER.username);
    expect((await callApi(app, '/api/releases', secret)).status).toBe(200);

    // Revoked after confirming, it is refused.
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page
      .getByRole('dialog', { name: /Revoke the token/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByText('You have no API tokens yet.').waitFor();
    expect((await callApi(app, '/api/auth/me', secret)).status).toBe(401);

    expect(errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  }, 120_000);

  it('a content editor edits a sponsor, adds it a sponsorship and filters sponsorships by status', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const api = (path: string) => page.evaluate(async (p) => (await (await fetch(p)).json()) as Record<string, unknown>, path);
    await page.goto(`${app.base}/#/sponsors`);
    await page.getByPlaceholder('Search').fill('tensor');
    await page.getByRole('row', { name: /Snake Oil Cloud/ }).waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Tensor Works/ })
      .getByText('Germany')
      .click();
    await page.waitForURL(/#\/sponsors\/\d+$/);
    const sponsorId = Number(page.url().split('/').pop());

    // A cleared optional text is sent as '' (the column is NOT NULL), the country is picked by name.
    await page.locator('input[name="city"]').fill('Vienna');
    await page.locator('input[name="state"]').fill('Wien');
    await page.locator('input[name="state"]').fill('');
    await page.getByLabel('Country', { exact: true }).fill('Austria');
    await page.getByRole('option', { name: 'Austria (AT)' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Element updated').waitFor();
    const sponsor = await api(`/api/sponsors/${sponsorId}`);
    expect({ city: sponsor.city, state: sponsor.state, country: sponsor.country }).toEqual({ city: 'Vienna', state: '', country: 'AT' });
    await page.waitForURL(/#\/sponsors(\?.*)?$/); // saving returns to the list
    await page
      .getByRole('row', { name: /Tensor Works.*Austria.*Vienna/ })
      .getByText('Vienna')
      .click();

    // "Add sponsorship" on the sponsor opens a form for this sponsor.
    await page.getByRole('link', { name: 'Add sponsorship' }).click();
    await page.waitForURL(/#\/sponsorships\/create/);
    await expect.poll(() => page.getByLabel('Sponsor', { exact: true }).inputValue()).toBe('Tensor Works');
    await page.getByLabel('Package', { exact: true }).fill('Visionary');
    await page.getByRole('option', { name: 'Visionary 2027' }).click();
    await page.locator('input[name="year"]').fill('2028');
    await page.locator('input[name="sponsorship_fee"]').fill('150000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/sponsorships\/\d+$/);
    const created = await api(`/api/sponsorships/${page.url().split('/').pop()}`);
    expect(created).toMatchObject({ sponsor_id: sponsorId, status: 'applied', year: 2028, sponsorship_fee: 150000 });
    await page.getByText('Sponsorship of Tensor Works, 2028').waitFor();

    // The list filtered by status shows only those, with names rather than ids.
    await page.goto(`${app.base}/#/sponsorships`);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Approved' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('row', { name: /Bytecode Bank.*Sustainability 2027.*Approved/ }).waitFor();

    expect(errors).toEqual([]);
  }, 120_000);
});
