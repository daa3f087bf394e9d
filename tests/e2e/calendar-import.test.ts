import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../support/pageApi.js';
import { expectNoConsoleErrors, PERSONAS, startAdminApp, type AdminApp } from '../support/adminApp.js';
import { startReceiver } from '../support/receiver.js';

const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//EN',
  'BEGIN:VEVENT',
  'UID:ug-meetup@example.org',
  'DTSTART:20270105T180000Z',
  'DTEND:20270105T200000Z',
  'RRULE:FREQ=WEEKLY;COUNT=4',
  'SUMMARY:User group night',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20270105T180000Z',
  'SUMMARY:No UID here',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** A calendar's "Import now": the feed's events appear, and the report says what happened and what was skipped. */
describe('calendar import in the admin', () => {
  let app: AdminApp;
  let feed: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    feed = await startReceiver(() => ({ status: 200, body: FEED }));
    app = await startAdminApp({ OUTBOUND_ALLOW_PRIVATE: 'true', CALENDAR_IMPORT_INTERVAL_SECONDS: '0' });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await feed?.close();
  });

  it('imports a calendar now and shows the report', async () => {
    const { page, errors } = await app.signIn(PERSONAS.contentEditor);
    const made = await apiCall(page, 'POST', '/api/calendars', { name: 'User groups', slug: 'user-groups', url: `${feed.base}/ug.ics` });
    expect(made.status).toBe(201);
    await page.goto(`${app.base}/#/calendars/${made.body.id}`);
    await page.getByRole('button', { name: 'Import now' }).click();
    const report = page.getByTestId('import-report');
    await report.getByText(/1 created/).waitFor();
    expect(await report.innerText()).toMatch(/No UID[\s\S]*cannot be matched again/);
    const events = await apiCall(page, 'GET', `/api/events?filter=${encodeURIComponent(JSON.stringify({ calendar_id: made.body.id }))}`);
    expect(events.body.map((e: { title: string }) => e.title)).toEqual(['User group night']);
    expectNoConsoleErrors(errors);
  }, 120_000);
});
