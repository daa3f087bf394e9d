import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../support/pageApi.js';
import { expectNoConsoleErrors, startAdminApp, SUPERUSER, type AdminApp } from '../support/adminApp.js';
import { startReceiver } from '../support/receiver.js';

/** The Integrations screen: a webhook made, its secret shown once, a test event, live deliveries, a replay and a rotation. */
describe('webhooks in the admin', () => {
  let app: AdminApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver is on the loopback; one try only, so a refusal shows as failed at once.
    app = await startAdminApp({ OUTBOUND_ALLOW_PRIVATE: 'true', WEBHOOK_MAX_ATTEMPTS: '1' });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await receiver?.close();
  });

  it('creates a webhook, shows its secret once, sends a test event and live changes, replays a failure and rotates the secret', async () => {
    const { page, errors } = await app.signIn(SUPERUSER.username);
    await page.getByRole('menuitem', { name: 'Webhooks & CDN' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByLabel('Name').fill('Site build');
    await page.getByLabel('Receiver URL').fill(`${receiver.base}/hooks`);
    await page.getByRole('button', { name: 'Save' }).click();

    const secret = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.waitForURL(/#\/webhooks\/\d+$/);
    const id = Number(/#\/webhooks\/(\d+)$/.exec(page.url())![1]);

    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText(/Test event delivered: answered 204/).waitFor();
    const rows = page.getByTestId('delivery-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-status')).toBe('delivered');
    expect(new Verifier(secret).verify(receiver.received[0].body, receiver.received[0].headers as Record<string, string>)).toMatchObject({
      type: 'webhook.test',
    });

    // A change in the CMS reaches the receiver within moments (the deliverer is woken by the commit).
    const editPage = async (title: string) => {
      const current = await apiCall(page, 'GET', '/api/pages/1');
      const res = await apiCall(page, 'PUT', '/api/pages/1', { title, row_version: current.body.row_version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    await editPage('About Python (from the Integrations test)');
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const live = receiver.received.find((r) => r.body.includes('"pages.updated"'))!;
    expect(new Verifier(secret).verify(live.body, live.headers as Record<string, string>)).toMatchObject({
      data: { resource: 'pages', id: 1 },
    });

    // A refusal is kept as failed; Replay sends it again once the receiver is back.
    const failedDeliveries = async () =>
      (
        await apiCall(
          page,
          'GET',
          `/api/webhook-deliveries?filter=${encodeURIComponent(JSON.stringify({ webhook_id: id, status: 'failed' }))}`,
        )
      ).body.length;
    receiver.answer(() => ({ status: 500, body: 'down for maintenance' }));
    await editPage('About Python (receiver down)');
    await expect.poll(failedDeliveries, { timeout: 10_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Failed' }).click();
    const failed = page.locator('[data-testid="delivery-row"][data-status="failed"]');
    await failed.first().waitFor({ timeout: 10_000 });
    expect(await failed.first().innerText()).toContain('down for maintenance');
    receiver.answer(() => ({ status: 204 }));
    await failed.first().getByRole('button', { name: 'Replay' }).click();
    await page.getByRole('tab', { name: 'All' }).click();
    await expect.poll(failedDeliveries, { timeout: 10_000 }).toBe(0);

    // Rotation: a new secret, shown once; the old one still signs during the overlap.
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    const rotated = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByText(/previous secret still signs deliveries/).waitFor();

    // The list shows it, and offers to make another.
    await page.getByRole('menuitem', { name: 'Webhooks & CDN' }).click();
    await page.getByRole('cell', { name: 'Site build' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(1);

    // Paused by hand: the dashboard says so, with who did it.
    await page.getByRole('cell', { name: 'Site build' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    const problems = page.getByTestId('integration-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toMatch(/Site build is paused[\s\S]*Paused by boss/);
    expectNoConsoleErrors(errors);
  }, 120_000);
});
