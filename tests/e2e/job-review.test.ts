/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { apiRead } from '../support/pageApi.js';

interface Job {
  id: number;
  job_title: string;
  status: string;
  created: string;
  row_version: number;
}

interface HistoryEntry {
  kind: 'transition' | 'comment';
  action?: string;
  from_status?: string;
  to_status?: string;
  reason?: string | null;
  comment?: string;
  actor_username: string | null;
}

describe('a job moderator clears the review queue', () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('approves one from its edit screen, rejects one with a previewed reason, bulk-approves the rest', async () => {
    const { page, errors } = await app.signIn(PERSONAS.jobModerator);
    const api = <T>(path: string) => apiRead<T>(page, path);
    const editing = (job: Job) => new RegExp(`#/jobs/${job.id}$`);
    const title = page.locator('input[name="job_title"]');

    // The queue as it should be, computed here from every job rather than from the server's sort.
    const all = (await api<Job[]>(`/api/jobs?range=${encodeURIComponent('[0,999]')}`)).body;
    const queue = all.filter((j) => j.status === 'review').sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    expect(queue.length).toBe(3);
    const [first, second, third] = queue;

    await page.getByRole('menuitem', { name: 'Jobs', exact: true }).click();
    await page.getByTestId('review-queue-tab').click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    expect(await page.getByRole('button', { name: /^Approve / }).count()).toBe(3);

    // The oldest opens first; n walks the queue (wrapping round) without deciding anything.
    await page.locator('tbody tr').first().locator('td.column-job_title').click();
    await page.waitForURL(editing(first));
    await page.getByTestId('moderation-shortcuts').waitFor();
    expect(await page.getByTestId('moderation-shortcuts').textContent()).toContain('approve');
    for (const next of [second, third, first]) {
      await page.keyboard.press('n');
      await page.waitForURL(editing(next));
      await expect.poll(() => title.inputValue()).toBe(next.job_title);
    }

    // Approve from the edit screen: the next job in the queue opens by itself.
    await page.getByTestId('moderation-actions').getByRole('button', { name: 'Approve', exact: true }).click();
    await page.waitForURL(editing(second));
    await expect.poll(() => title.inputValue()).toBe(second.job_title);
    expect(await page.getByTestId('job-status').textContent()).toBe('Awaiting review');

    // A review comment lands in the job's history.
    const comment = 'Asked the company for a salary range by phone.';
    await page.getByRole('textbox', { name: 'Comment' }).fill(comment);
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByTestId('job-history').getByText(comment).waitFor();

    // r opens the reject dialog; a canned reason fills the field, stays editable, and the e-mail preview follows it.
    // The shortcut works wherever the focus is, except in a text field: leave the comment box first.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Missing salary or location details' }).click();
    const reasonField = dialog.getByRole('textbox', { name: 'Reason' });
    expect(await reasonField.inputValue()).toBe('Missing salary or location details');
    const reason = 'Missing salary or location details: please add a salary range.';
    await reasonField.fill(reason);
    await expect.poll(() => dialog.getByTestId('reject-preview-text').textContent(), { timeout: 10_000 }).toContain(reason);
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.waitForURL(editing(third));
    await expect.poll(() => title.inputValue()).toBe(third.job_title);

    // Back to the queue: one job left, approved as a selection.
    await page.getByRole('menuitem', { name: 'Jobs', exact: true }).click();
    await page.getByTestId('review-queue-tab').click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr td.column-job_title').textContent()).toBe(third.job_title);
    await page.locator('tbody tr input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve 1 job' }).click();
    await page.getByText('Nothing to review').waitFor();
    await expect.poll(() => page.getByTestId('review-queue-tab').textContent()).toBe('To review0');

    // What the server recorded: the statuses, and each decision in the history with who, from, to and why.
    const status = async (job: Job) => (await api<Job>(`/api/jobs/${job.id}`)).body.status;
    expect([await status(first), await status(second), await status(third)]).toEqual(['approved', 'rejected', 'approved']);
    const decision = async (job: Job) =>
      (await api<HistoryEntry[]>(`/api/jobs/${job.id}/history`)).body.filter((e) => e.kind === 'transition').at(-1);
    expect(await decision(first)).toMatchObject({
      action: 'approve',
      from_status: 'review',
      to_status: 'approved',
      actor_username: PERSONAS.jobModerator,
    });
    expect(await decision(second)).toMatchObject({
      action: 'reject',
      from_status: 'review',
      to_status: 'rejected',
      reason,
      actor_username: PERSONAS.jobModerator,
    });
    expect(await decision(third)).toMatchObject({
      action: 'approve',
      from_status: 'review',
      to_status: 'approved',
      actor_username: PERSONAS.jobModerator,
    });
    const secondHistory = (await api<HistoryEntry[]>(`/api/jobs/${second.id}/history`)).body;
    expect(secondHistory.some((e) => e.kind === 'comment' && e.comment === comment && e.actor_username === PERSONAS.jobModerator)).toBe(
      true,
    );
    const approvedExpiry = (await api<{ expires: string | null }>(`/api/jobs/${first.id}`)).body.expires;
    expect(approvedExpiry).not.toBeNull();

    expect(errors).toEqual([]);
  });
});
