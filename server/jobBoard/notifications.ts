import { loadConfig } from '../config.js';
import type { Sql } from '../db/sql.js';
import { enqueue, uniqueAddresses } from '../outbox/enqueue.js';
import { indented, letter, longDate } from '../outbox/letter.js';

export type NotifiedJobAction = 'submit' | 'approve' | 'reject';

export interface JobMessage {
  to: string[];
  subject: string;
  text: string;
}

type Job = Record<string, unknown>;

const oneLine = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : fallback;

function contact(team: string): string {
  return team ? `reply to this email or write to ${team}` : 'reply to this email';
}

const SIGNATURE = 'Thank you,\nThe Python.org jobs team';

const body = (paragraphs: (string | null)[]) => letter(paragraphs, SIGNATURE);

/**
 * The exact message the submitter (with the jobs team in copy) gets when their job is
 * submitted, approved or rejected. Pure apart from reading the team address from the
 * environment, so the reject dialog can show it before the moderator confirms.
 */
export function jobNotification(job: Job, action: NotifiedJobAction, reason: string | null, submitterEmail: string | null): JobMessage {
  const team = loadConfig().jobsTeamEmail;
  const title = oneLine(job.job_title, 'your job');
  const company = oneLine(job.company_name, 'your company');
  const posting = `"${title}" at ${company}`;
  const note = reason?.trim() ? reason.trim() : null;
  const to = uniqueAddresses([submitterEmail, team]);

  if (action === 'submit') {
    return {
      to,
      subject: `We received your job posting: ${title} at ${company}`,
      text: body([
        `Thank you for posting ${posting} on the Python job board.`,
        'Your posting is now waiting for review. A moderator will look at it soon, usually within a few working days, and you will get another email when it is approved or if it needs changes.',
        `You cannot edit the posting while it is being reviewed. If something needs to change in the meantime, ${contact(team)}.`,
      ]),
    };
  }
  if (action === 'approve') {
    const until = longDate(job.expires);
    return {
      to,
      subject: `Your job posting is live: ${title} at ${company}`,
      text: body([
        `Good news: your job posting ${posting} has been approved and is now listed on the Python job board.`,
        until
          ? `It will stay listed until ${until}; after that it expires and is no longer shown.`
          : 'It will stay listed for 90 days; after that it expires and is no longer shown.',
        note ? `A note from the moderator:\n\n${indented(note)}` : null,
        `What to do next: nothing, unless the position is filled before then. In that case, please remove the posting from your account (or ${contact(team)}) so that nobody applies for a job that is gone.`,
      ]),
    };
  }
  return {
    to,
    subject: `Your job posting needs changes: ${title} at ${company}`,
    text: body([
      `Thank you for posting ${posting} on the Python job board. A moderator has reviewed it and could not approve it as it is, for this reason:`,
      indented(note ?? 'No reason was given.'),
      'What to do next: edit your posting to address the reason above, then submit it again for review. It goes back into the review queue, and you will hear from us once a moderator has looked at it again.',
      `If you have questions about this decision, ${contact(team)}.`,
    ]),
  };
}

/** The submitter's address: their account's email when a signed-in user submitted the job, else the job's contact email. */
export async function submitterEmail(sql: Sql, job: Job): Promise<string | null> {
  const [row] = await sql.query<{ email: string | null }>(
    `SELECT COALESCE(NULLIF(u.email, ''), NULLIF(j.email, '')) AS email
     FROM jobs j LEFT JOIN users u ON u.id = j.submitted_by_id WHERE j.id = $1`,
    [job.id],
  );
  return row?.email ?? (typeof job.email === 'string' && job.email ? job.email : null);
}

/** Queues the notification in the caller's transaction: it goes out only if the transition commits. */
export async function enqueueJobNotification(sql: Sql, job: Job, action: NotifiedJobAction, reason: string | null): Promise<void> {
  const message = jobNotification(job, action, reason, await submitterEmail(sql, job));
  await enqueue(sql, { kind: `job.${action}`, ...message });
}
