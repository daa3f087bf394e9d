/**
 * npm run events:import [-- --calendar <slug>]   import every calendar's iCalendar feed (or one's)
 * The server does this on a schedule too (CALENDAR_IMPORT_INTERVAL_SECONDS); each calendar's report
 * is printed and kept on the calendar. Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.
 */
import { parseArgs } from 'node:util';
import { importCalendars } from '../calendars/import/runImport.js';
import { calendarImportConfig, outboundConfig } from '../config.js';
import { registryFor } from '../seed/registry.js';
import { runCommand } from './runCommand.js';

const { values } = parseArgs({ options: { calendar: { type: 'string' } } });

runCommand(async (db) => {
  if (await db.showMigrations()) {
    console.error('The database has pending migrations: run npm run migrate first.');
    return 1;
  }
  const reports = await importCalendars(registryFor(db), { ...calendarImportConfig(), outbound: outboundConfig() }, values.calendar);
  const names = Object.keys(reports);
  if (!names.length) {
    console.error(values.calendar ? `No calendar "${values.calendar}" with a feed URL.` : 'No calendar has a feed URL.');
    return 1;
  }
  for (const [slug, r] of Object.entries(reports)) {
    const counts = `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.skipped} skipped`;
    console.log(`${slug}: ${r.status}${r.message ? ` (${r.message})` : ''}: ${counts}`);
    for (const e of r.errors) console.log(`  skipped ${e.title ?? e.uid ?? '?'}: ${e.message}`);
    for (const k of r.kept_staff_edits) console.log(`  kept staff edits of ${k.title}: ${k.fields.join(', ')}`);
  }
  return Object.values(reports).some((r) => r.status === 'failed') ? 1 : 0;
});
