import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataSource } from '../server/db/dataSource.js';
import { transaction } from '../server/db/sql.js';
import { logger } from '../server/logger.js';
import { enqueue, type OutgoingMessage } from '../server/outbox/enqueue.js';
import { enqueueJobNotification, jobNotification } from '../server/jobBoard/notifications.js';
import { createMailer, describeSendError, logMailer, smtpMailer, teamReplyTo, type Mail, type Mailer } from '../server/outbox/mailer.js';
import { deliverOutbox, retryDelaySeconds } from '../server/outbox/worker.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { fakeSmtpServer } from './support/fakeSmtp.js';
import { freePort } from './support/ports.js';
import { expectViolation, insert, PG, rows } from './support/rows.js';

/** Records what it is asked to send; fails the first `failures` calls. */
function fakeMailer(failures = 0, error: Error = new Error('421 mail server busy')) {
  const sent: Mail[] = [];
  let calls = 0;
  const mailer: Mailer & { sent: Mail[]; calls: () => number } = {
    sent,
    calls: () => calls,
    async send(mail) {
      calls++;
      if (calls <= failures) throw error;
      sent.push(mail);
    },
  };
  return mailer;
}

const message = (o: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  kind: 'job.approve',
  to: ['submitter@example.org', 'jobs@python.org'],
  subject: 'Your job posting is live',
  text: 'Hello,\n\nIt is live.\n',
  ...o,
});

interface OutboxRow {
  id: number;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  recipients: string[];
}

describe('the outbox', () => {
  let t: TestDatabase;
  const queue = (m: OutgoingMessage = message()) => transaction(t.db, (sql) => enqueue(sql, m)) as Promise<number>;
  const row = async (id: number): Promise<OutboxRow> => (await t.db.query('SELECT * FROM outbox WHERE id = $1', [id]))[0];
  /** As if the retry delay had passed. */
  const makeDue = (id: number) => t.db.query(`UPDATE outbox SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [id]);

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  beforeEach(() => t.db.query('DELETE FROM outbox'));

  it('delivers a queued message exactly as it was enqueued and marks it sent', async () => {
    const id = await queue();
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 0, sent_at: null });

    const mailer = fakeMailer();
    expect(await deliverOutbox(t.db, mailer)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mailer.sent).toEqual([
      {
        id,
        kind: 'job.approve',
        to: ['submitter@example.org', 'jobs@python.org'],
        subject: 'Your job posting is live',
        text: 'Hello,\n\nIt is live.\n',
      },
    ]);
    const after = await row(id);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(after.sent_at).toBeInstanceOf(Date);

    expect(await deliverOutbox(t.db, mailer)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
  });

  it('lists each recipient once and queues nothing without recipients', async () => {
    const id = await queue(message({ to: ['A@example.org', ' a@example.org', '', 'b@example.org'] }));
    expect((await row(id)).recipients).toEqual(['A@example.org', 'b@example.org']);
    expect(await transaction(t.db, (sql) => enqueue(sql, message({ to: ['', ' '] })))).toBeNull();
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM outbox');
    expect(count).toBe(1);
  });

  it('retries a message whose sending failed: attempts 1, due later, then sent on a later run', async () => {
    const id = await queue();
    const mailer = fakeMailer(1);
    expect(await deliverOutbox(t.db, mailer)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'queued', attempts: 1, last_error: '421 mail server busy', sent_at: null });
    const [{ now }] = await t.db.query('SELECT now() AS now');
    expect(failed.next_attempt_at.getTime()).toBeGreaterThan(now.getTime() + 50_000);

    // Not due yet: the next run leaves it alone.
    expect(await deliverOutbox(t.db, mailer)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailer.calls()).toBe(1);

    await makeDue(id);
    expect(await deliverOutbox(t.db, mailer)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mailer.sent.map((m) => m.id)).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('backs off exponentially, up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelaySeconds(n))).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect(retryDelaySeconds(3, 10, 25)).toBe(25);
  });

  it('never loses a message: after the last try it is kept as failed, with the error', async () => {
    const id = await queue();
    const mailer = fakeMailer(Infinity, new Error('550 mailbox unavailable'));
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await deliverOutbox(t.db, mailer, { maxAttempts: 3 });
      expect(result).toEqual(attempt < 3 ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 });
      await makeDue(id);
    }
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3, last_error: '550 mailbox unavailable', sent_at: null });
    expect(await deliverOutbox(t.db, mailer, { maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailer.calls()).toBe(3);
    // Nothing was deleted; an operator can queue it again.
    await t.db.query(`UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = now() WHERE id = $1`, [id]);
    const working = fakeMailer();
    expect(await deliverOutbox(t.db, working)).toMatchObject({ sent: 1 });
  });

  it('stores no credentials in the error', async () => {
    const id = await queue();
    const error = Object.assign(new Error('Invalid login for smtp://mailer:hunter2@mail.example.org:587 (pw hunter2)'), { code: 'EAUTH' });
    await deliverOutbox(t.db, fakeMailer(1, error), { secrets: ['hunter2'] });
    const { last_error } = await row(id);
    expect(last_error).toBe('EAUTH: Invalid login for smtp://***@mail.example.org:587 (pw ***)');
    expect(describeSendError('x'.repeat(5000))).toHaveLength(1001);
  });

  it('sends again a message whose worker died while sending, once its claim lapses', async () => {
    const id = await queue();
    await t.db.query(`UPDATE outbox SET status = 'sending', attempts = 1, next_attempt_at = now() + interval '5 minutes' WHERE id = $1`, [
      id,
    ]);
    const mailer = fakeMailer();
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 0 });
    await makeDue(id);
    expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 1 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('keeps nothing that was enqueued in a transaction that rolled back', async () => {
    await expect(
      transaction(t.db, async (sql) => {
        await enqueue(sql, message());
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM outbox');
    expect(count).toBe(0);
    const mailer = fakeMailer();
    await deliverOutbox(t.db, mailer);
    expect(mailer.calls()).toBe(0);
  });

  it('never sends a message twice when two workers (two processes) run at once', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push(await queue(message({ subject: `Message ${i}` })));
    const other = createDataSource(t.url, { poolSize: 2 });
    await other.initialize();
    try {
      const slow = (): Mailer & { sent: Mail[] } => {
        const sent: Mail[] = [];
        return { sent, send: async (mail) => void (await new Promise((r) => setTimeout(r, 3)), sent.push(mail)) };
      };
      const [a, b] = [slow(), slow()];
      const results = await Promise.all([deliverOutbox(t.db, a, { batchSize: 4 }), deliverOutbox(other, b, { batchSize: 4 })]);
      const sentIds = [...a.sent, ...b.sent].map((m) => m.id).sort((x, y) => x - y);
      expect(sentIds).toEqual(ids);
      expect(results[0].sent + results[1].sent).toBe(30);
      const rowsLeft = await t.db.query(`SELECT count(*)::int AS count FROM outbox WHERE status <> 'sent' OR attempts <> 1`);
      expect(rowsLeft[0].count).toBe(0);
    } finally {
      await other.destroy();
    }
  });

  it('keeps each status consistent with its columns, in the database itself', async () => {
    const id = await queue();
    await expectViolation(
      t.db.query(`UPDATE outbox SET status = 'sent', attempts = 1 WHERE id = $1`, [id]),
      PG.check,
      'chk_outbox_sent_at',
    );
    await expectViolation(
      t.db.query(`UPDATE outbox SET status = 'failed', attempts = 1 WHERE id = $1`, [id]),
      PG.check,
      'chk_outbox_failed_error',
    );
    await expectViolation(t.db.query(`UPDATE outbox SET status = 'sending' WHERE id = $1`, [id]), PG.check, 'chk_outbox_tried');
    await expectViolation(t.db.query(`UPDATE outbox SET status = 'lost' WHERE id = $1`, [id]), PG.check, 'chk_outbox_status');
    await expectViolation(t.db.query(`UPDATE outbox SET recipients = '{}' WHERE id = $1`, [id]), PG.check, 'chk_outbox_recipients');
  });

  describe('mailers', () => {
    afterEach(() => vi.restoreAllMocks());

    it('without SMTP_URL, logs the whole message and counts it as sent', async () => {
      const info = vi.spyOn(logger, 'info');
      expect(createMailer({ smtpUrl: undefined, mailFrom: 'jobs@python.org', jobsTeamEmail: '', sponsorshipTeamEmail: '' })).toBe(
        logMailer,
      );
      const id = await queue();
      expect(await deliverOutbox(t.db, logMailer)).toMatchObject({ sent: 1 });
      expect(info).toHaveBeenCalledWith(
        expect.objectContaining({
          outbox: id,
          to: ['submitter@example.org', 'jobs@python.org'],
          subject: 'Your job posting is live',
          text: 'Hello,\n\nIt is live.\n',
        }),
        expect.stringMatching(/SMTP_URL is not set/),
      );
      expect((await row(id)).status).toBe('sent');
    });

    it('with SMTP_URL, sends through nodemailer to the SMTP server', async () => {
      const smtp = await fakeSmtpServer();
      try {
        const mailer = smtpMailer(`smtp://127.0.0.1:${smtp.port}`, 'Python.org Jobs <jobs@python.org>', 'jobs@python.org');
        const id = await queue(message({ subject: 'Über-job at Ünicode' }));
        expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 1 });
        mailer.close?.();
        expect(smtp.envelopes).toEqual([{ from: 'jobs@python.org', to: ['submitter@example.org', 'jobs@python.org'] }]);
        expect(smtp.data[0]).toMatch(/^Reply-To: jobs@python.org\r$/m);
        expect(smtp.data[0]).toMatch(/It is live\./);
        expect((await row(id)).status).toBe('sent');
      } finally {
        await smtp.close();
      }
    });

    it('has replies to a sponsorship message reach the sponsorship team, and to a job message the jobs team', async () => {
      const smtp = await fakeSmtpServer();
      try {
        const replyTo = teamReplyTo({ jobsTeamEmail: 'jobs@python.org', sponsorshipTeamEmail: 'sponsors@python.org' });
        const mailer = smtpMailer(`smtp://127.0.0.1:${smtp.port}`, 'Python.org <noreply@python.org>', replyTo);
        await queue(message({ kind: 'sponsorship.approve', subject: 'Approved' }));
        await queue(message({ kind: 'job.approve', subject: 'Live' }));
        expect(await deliverOutbox(t.db, mailer)).toMatchObject({ sent: 2 });
        mailer.close?.();
        const replyOf = (subject: string) => /^Reply-To: (.*)\r$/m.exec(smtp.data.find((d) => d.includes(`Subject: ${subject}`))!)?.[1];
        expect(replyOf('Approved')).toBe('sponsors@python.org');
        expect(replyOf('Live')).toBe('jobs@python.org');
      } finally {
        await smtp.close();
      }
    });

    it('with an unreachable SMTP server, retries and stores the error without the password', async () => {
      const port = await freePort();
      const url = `smtp://mailer:s3cr3t-pw@127.0.0.1:${port}`;
      const mailer = createMailer({ smtpUrl: url, mailFrom: 'jobs@python.org', jobsTeamEmail: '', sponsorshipTeamEmail: '' });
      const id = await queue();
      expect(await deliverOutbox(t.db, mailer, { secrets: ['s3cr3t-pw'] })).toMatchObject({ retried: 1 });
      mailer.close?.();
      const { last_error, status } = await row(id);
      expect(status).toBe('queued');
      expect(last_error).toMatch(/ECONNREFUSED/);
      expect(last_error).not.toContain('s3cr3t-pw');
    });
  });
});

describe('job notifications', () => {
  let t: TestDatabase;
  let category: number;
  const job = {
    id: 1,
    job_title: 'Senior Python Developer',
    company_name: 'Acme Widgets',
    expires: new Date('2031-03-05T12:00:00Z'),
    email: 'hr@acme.example',
  };
  const saved = process.env.JOBS_TEAM_EMAIL;
  beforeAll(async () => {
    t = await createTestDatabase();
    category = await insert(t.db, 'job_categories', rows.jobCategory());
    process.env.JOBS_TEAM_EMAIL = 'jobs-team@python.org';
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.JOBS_TEAM_EMAIL;
    else process.env.JOBS_TEAM_EMAIL = saved;
    await t.drop();
  });

  it('tell a rejected submitter the job, the company, the reason and what to do next', () => {
    const m = jobNotification(job, 'reject', 'Please add a salary range.\nAnd the location.', 'alice@example.org');
    expect(m.to).toEqual(['alice@example.org', 'jobs-team@python.org']);
    expect(m.subject).toBe('Your job posting needs changes: Senior Python Developer at Acme Widgets');
    expect(m.text).toContain('"Senior Python Developer" at Acme Widgets');
    expect(m.text).toContain('    Please add a salary range.\n    And the location.');
    expect(m.text).toMatch(/What to do next: edit your posting .* submit it again for review/);
    expect(m.text).toContain('write to jobs-team@python.org');
  });

  it('tell an approved submitter until when the job is listed', () => {
    const m = jobNotification(job, 'approve', null, 'alice@example.org');
    expect(m.subject).toBe('Your job posting is live: Senior Python Developer at Acme Widgets');
    expect(m.text).toContain('until 5 March 2031');
    expect(m.text).toContain('What to do next');
    expect(m.text).not.toContain('note from the moderator');
    expect(jobNotification(job, 'approve', 'Nice posting!', null).text).toContain('A note from the moderator:\n\n    Nice posting!');
  });

  it('confirm a submission and say what happens next', () => {
    const m = jobNotification(job, 'submit', null, 'alice@example.org');
    expect(m.subject).toBe('We received your job posting: Senior Python Developer at Acme Widgets');
    expect(m.text).toMatch(/waiting for review/);
    expect(m.text).toMatch(/you will get another email when it is approved or if it needs changes/);
  });

  it('leave the team out when JOBS_TEAM_EMAIL is empty, and list an address only once', () => {
    process.env.JOBS_TEAM_EMAIL = '';
    try {
      const m = jobNotification(job, 'reject', 'Spam', 'alice@example.org');
      expect(m.to).toEqual(['alice@example.org']);
      expect(m.text).not.toContain('write to');
    } finally {
      process.env.JOBS_TEAM_EMAIL = 'jobs-team@python.org';
    }
    expect(jobNotification(job, 'submit', null, 'JOBS-team@python.org').to).toEqual(['JOBS-team@python.org']);
  });

  it("queue one message in the caller's transaction, to the submitter's account email or else the job's email", async () => {
    const user = await insert(t.db, 'users', rows.user({ email: 'alice@example.org' }));
    const bySubmitter = await insert(
      t.db,
      'jobs',
      rows.job(category, { submitted_by_id: user, job_title: 'Data Engineer', company_name: 'Foo', email: 'hr@foo.example' }),
    );
    const anonymous = await insert(
      t.db,
      'jobs',
      rows.job(category, { job_title: 'Web Developer', company_name: 'Bar', email: 'hr@bar.example' }),
    );
    const load = async (id: number) => (await t.db.query('SELECT * FROM jobs WHERE id = $1', [id]))[0];

    await transaction(t.db, async (sql) => {
      await enqueueJobNotification(sql, await load(bySubmitter), 'reject', 'Missing salary.');
      await enqueueJobNotification(sql, await load(anonymous), 'submit', null);
    });
    const queued = await t.db.query('SELECT kind, recipients, subject, body, status FROM outbox ORDER BY id');
    expect(queued).toEqual([
      expect.objectContaining({
        kind: 'job.reject',
        recipients: ['alice@example.org', 'jobs-team@python.org'],
        subject: 'Your job posting needs changes: Data Engineer at Foo',
        status: 'queued',
      }),
      expect.objectContaining({
        kind: 'job.submit',
        recipients: ['hr@bar.example', 'jobs-team@python.org'],
        subject: 'We received your job posting: Web Developer at Bar',
      }),
    ]);
    // What the preview shows is what is queued.
    expect(queued[0].body).toBe(jobNotification(await load(bySubmitter), 'reject', 'Missing salary.', 'alice@example.org').text);
  });
});
