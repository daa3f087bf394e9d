import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoConsoleErrors, PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { apiRead } from '../support/pageApi.js';

interface Sponsorship {
  id: number;
  status: string;
  sponsor_id: number;
  applied_on: string;
}

/** The sponsorship team takes an application from the queue to an executed contract, in the admin only. */
describe('sponsorship review in the admin', () => {
  let app: AdminApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'signed-'));
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('approves from the queue, sends the contract, and executes it with the signed upload', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const { body: waiting } = await apiRead<Sponsorship[]>(
      page,
      `/api/sponsorships?filter=${encodeURIComponent(JSON.stringify({ status: 'applied' }))}&sort=${encodeURIComponent('["applied_on","ASC"]')}`,
    );
    expect(waiting.length).toBeGreaterThan(0);

    await page.goto(`${app.base}/#/sponsorships`);
    await page.getByTestId('sponsorship-queue-tab').click();
    await page.waitForURL(/status/);
    // The queue shows exactly the applications waiting, oldest first.
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(waiting.length);
    await rows.first().click();
    await page.waitForURL(new RegExp(`#/sponsorships/${waiting[0].id}$`));

    // The chosen package's benefits are shown, and the contract is not there yet.
    await page.getByTestId('package-benefits').getByText('Logo on python.org').waitFor();
    await page
      .getByTestId('contract-panel')
      .getByText(/No contract yet/)
      .waitFor();

    await page.getByTestId('sponsorship-actions').getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve this sponsorship' });
    await dialog.getByLabel('Starts').fill('2027-01-01');
    await dialog.getByLabel('Ends').fill('2027-12-31');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('sponsorship-status-line').getByText('Approved', { exact: true }).waitFor();

    const panel = page.getByTestId('contract-panel');
    await panel.getByText('Revision 1').waitFor();
    await panel.getByRole('button', { name: 'Send for signature' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send for signature' }).click();
    await panel.getByText('Awaiting signature', { exact: true }).waitFor();
    const download = panel.getByRole('link', { name: 'Download the agreement (PDF)' });
    await download.waitFor();
    const pdf = await page.evaluate(async (href) => (await (await fetch(href)).text()).slice(0, 5), (await download.getAttribute('href'))!);
    expect(pdf).toBe('%PDF-');

    const signed = path.join(dir, 'signed.pdf');
    await writeFile(signed, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await panel.getByRole('button', { name: 'Execute' }).click();
    const execute = page.getByRole('dialog', { name: 'Execute the contract' });
    await execute.getByTestId('signed-document-input').setInputFiles(signed);
    await execute.getByRole('button', { name: 'Execute' }).click();
    await panel.getByText('Executed', { exact: true }).waitFor();
    await panel.getByRole('link', { name: 'Download the signed copy' }).waitFor();
    await page.getByTestId('sponsorship-status-line').getByText('Finalized', { exact: true }).waitFor();
    await page
      .getByTestId('sponsorships-history')
      .getByText(/finalize/)
      .waitFor();

    const { body: after } = await apiRead<Sponsorship>(page, `/api/sponsorships/${waiting[0].id}`);
    expect(after.status).toBe('finalized');
    expectNoConsoleErrors(errors);
  }, 120_000);
});
