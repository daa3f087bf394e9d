import type { Config } from '../config.js';
import type { Registry } from '../crud/registry.js';
import { runDuePublications } from '../crud/schedule/runner.js';
import { pruneVersions } from '../crud/versions/prune.js';
import { sqlOf } from '../db/sql.js';
import { sweepUnusedMedia } from '../media/sweep.js';
import { pruneDeliveries } from '../webhooks/prune.js';
import { importCalendars } from '../calendars/import/runImport.js';
import { importBlogFeeds } from '../blogs/import.js';
import { expireDueJobs } from '../jobBoard/expirySweep.js';
import { logger } from '../logger.js';
import { createMailer, smtpPassword } from '../outbox/mailer.js';
import { deliverOutbox } from '../outbox/worker.js';
import type { ScheduledTask } from './scheduler.js';

/** The scheduled tasks of the server: outbox delivery, the job expiry sweep, pruning old versions and old webhook deliveries, scheduled publications, sweeping unused media (interval 0: off). */
export function backgroundTasks(registry: Registry, config: Config): { tasks: ScheduledTask[]; close: () => void } {
  const mailer = createMailer(config);
  if (!config.smtpUrl) logger.info('SMTP_URL is not set: outbox messages are written to the log instead of sent');
  const delivery = { maxAttempts: config.outboxMaxAttempts, secrets: [smtpPassword(config.smtpUrl)] };
  const tasks: ScheduledTask[] = [
    { name: 'outbox', intervalSeconds: config.outboxIntervalSeconds, run: () => deliverOutbox(registry.db, mailer, delivery) },
    { name: 'job-expiry', intervalSeconds: config.expiryIntervalSeconds, run: async () => ({ expired: await expireDueJobs(registry) }) },
    {
      name: 'versions-prune',
      intervalSeconds: config.versionsPruneIntervalSeconds,
      run: async () => ({ pruned: await pruneVersions(sqlOf(registry.db), config.versionsKeep) }),
    },
    { name: 'publications', intervalSeconds: config.scheduleIntervalSeconds, run: () => runDuePublications(registry) },
    {
      name: 'calendar-import',
      intervalSeconds: config.calendarImport.intervalSeconds,
      run: async () => {
        const reports = await importCalendars(registry, { ...config.calendarImport, outbound: config.outbound });
        return Object.fromEntries(
          Object.entries(reports).map(([slug, r]) => [
            slug,
            { status: r.status, created: r.created, updated: r.updated, removed: r.removed, skipped: r.skipped },
          ]),
        );
      },
    },
    {
      name: 'blog-import',
      intervalSeconds: config.blogImportIntervalSeconds,
      run: async () => {
        const reports = await importBlogFeeds(registry, { ...config.calendarImport, outbound: config.outbound });
        return Object.fromEntries(
          Object.entries(reports).map(([name, r]) => [
            name,
            { status: r.status, created: r.created, updated: r.updated, skipped: r.skipped },
          ]),
        );
      },
    },
    {
      name: 'webhook-deliveries-prune',
      intervalSeconds: config.webhooks.keepDays > 0 ? 86_400 : 0,
      run: async () => ({ pruned: await pruneDeliveries(sqlOf(registry.db), config.webhooks.keepDays) }),
    },
    {
      name: 'media-sweep',
      intervalSeconds: config.media.sweepAfterDays > 0 ? config.media.sweepIntervalSeconds : 0,
      run: () => sweepUnusedMedia(registry, config.media.sweepAfterDays),
    },
  ];
  return { tasks, close: () => mailer.close?.() };
}
