/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, SUPERUSER, startAdminApp, type AdminApp } from '../support/adminApp.js';

/** What the admin does when the server says "not signed in" (401) versus "not allowed" (403). */
describe('session expiry and refusals in the admin', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(() => app?.close());

  it('sends a user whose session ended back to the sign-in page, saying why', async () => {
    const { page } = await app.signIn(PERSONAS.contentEditor);
    // The session ends behind the admin's back (expiry, sign-out elsewhere, password change).
    const status = await page.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      return (await fetch('/api/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': me.csrf_token } })).status;
    });
    expect(status).toBe(204);
    // The next request the admin makes (opening a list) is refused with 401.
    await page.evaluate(() => (window.location.hash = '#/pages'));
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByText('Your session has ended; please sign in again.').waitFor();
  });

  it('tells a signed-in user what they may not do, and keeps them signed in', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const boss = await app.signIn(SUPERUSER.username);
    // A superuser takes the content editor's role away while they work.
    const result = await boss.page.evaluate(async (username) => {
      const me = await (await fetch('/api/auth/me')).json();
      const [user] = await (await fetch(`/api/users?filter=${encodeURIComponent(JSON.stringify({ username }))}`)).json();
      const res = await fetch(`/api/users/${user.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: JSON.stringify({ role_ids: [], row_version: user.row_version }),
      });
      return res.status;
    }, PERSONAS.contentEditor);
    expect(result).toBe(200);
    await page.getByRole('menuitem', { name: 'Pages' }).click();
    await page.getByText('Your roles do not allow reading pages.').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(200);
    // The refusal is shown to the user; the browser's own log of the failed request is not an error of ours.
    expect(errors).toEqual([]);
  });
});
