/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they see the DOM's fetch and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOccurrence, describeRecurrence, WEEKLY } from '../../server/domain/recurrence.js';
import { PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { apiGet } from '../support/pageApi.js';

const EVENT = 'CPython core sprint (online)'; // demo event with a recurrence and no one-off date

describe("an event's dates, edited by a content editor", () => {
  let app: AdminApp;
  beforeAll(async () => {
    app = await startAdminApp();
  }, 180_000);
  afterAll(async () => app?.close());

  it('adds a recurrence read back in plain English, and shows the server refusing a one-off date that ends before it starts', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    await page.goto(`${app.base}/#/events`);
    await page.getByText(EVENT).click();
    await page.getByRole('heading', { name: 'When' }).waitFor();
    const eventId = Number(page.url().match(/#\/events\/(\d+)/)?.[1]);
    expect(eventId).toBeGreaterThan(0);

    // A recurrence every other week, typed in UTC; the dialog reads it back as the user types.
    const rule = {
      frequency: WEEKLY,
      interval: 2,
      begin: '2027-01-05T18:00:00.000Z',
      finish: '2027-06-01T19:30:00.000Z',
      duration_minutes: 90,
      all_day: false,
    };
    const summary = describeRecurrence(rule);
    expect(summary).toContain('2nd week');
    await page.getByRole('button', { name: 'Add recurrence' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Every').fill('2');
    await dialog.getByLabel('Unit').click();
    await page.getByRole('option', { name: 'week(s)' }).click();
    await dialog.getByLabel('First occurrence').fill('2027-01-05T18:00');
    await dialog.getByLabel('Repeats until').fill('2027-06-01T19:30');
    await dialog.getByLabel('Length (minutes)').fill('90');
    await dialog.getByTestId('rule-summary').getByText(summary, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('event-schedule').getByText(summary, { exact: true }).waitFor();

    // The database refuses an end before the start; the dialog shows the server's own sentence on the end.
    await page.getByRole('button', { name: 'Add one-off date' }).click();
    await dialog.getByLabel('Starts').fill('2027-06-03T18:00');
    await dialog.getByLabel('Ends').fill('2027-06-03T17:00');
    const backwards = describeOccurrence({ dt_start: '2027-06-03T18:00:00Z', dt_end: '2027-06-03T17:00:00Z', all_day: false });
    await dialog.getByTestId('rule-summary').getByText(backwards, { exact: true }).waitFor();
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/occurring-rules') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const response = await refused;
    expect(response.status()).toBe(422);
    const refusal = (await response.json()) as { errors: { dt_end: string } };
    await dialog.locator('.MuiFormHelperText-root.Mui-error', { hasText: refusal.errors.dt_end }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // What the screens showed is what the API holds.
    const filter = encodeURIComponent(JSON.stringify({ event_id: eventId }));
    const recurrences = (await apiGet(page, `/api/recurring-rules?filter=${filter}`)) as Record<string, unknown>[];
    expect(recurrences).toContainEqual(expect.objectContaining({ ...rule, event_id: eventId }));
    expect(await apiGet(page, `/api/occurring-rules?filter=${filter}`)).toEqual([]);

    // After a reload the new recurrence is still listed, next to the demo one.
    await page.reload();
    await page.getByTestId('event-schedule').getByText(summary, { exact: true }).waitFor();
    expect(await page.getByTestId('schedule-item').count()).toBe(recurrences.length);
    expect(errors).toEqual([]);
  });
});
