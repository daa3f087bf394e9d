import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { transaction } from '../server/db/sql.js';
import { jobNotification } from '../server/jobBoard/notifications.js';
import { enqueue, type OutgoingMessage } from '../server/outbox/enqueue.js';
import { smtpMailer } from '../server/outbox/mailer.js';
import { deliverOutbox } from '../server/outbox/worker.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { fakeSmtpServer } from './support/fakeSmtp.js';

const INJECTED = 'a@example.org\r\nBcc: victim@evil.example';

const message = (o: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  kind: 'job.approve',
  to: ['submitter@example.org'],
  subject: 'Your job posting is live',
  text: 'Hello.\n',
  ...o,
});

describe('mail refuses header injection, whatever reaches it', () => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof fakeSmtpServer>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await fakeSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await t.drop();
  });
  beforeEach(async () => {
    await t.db.query('DELETE FROM outbox');
    smtp.envelopes.length = 0;
    smtp.data.length = 0;
  });

  const mailer = () => smtpMailer(`smtp://127.0.0.1:${smtp.port}`, 'Python.org Jobs <jobs@python.org>', 'jobs@python.org');

  it.each([
    ['a recipient with CR/LF', { to: [INJECTED] }],
    ['a recipient that is not an address', { to: ['not-an-email'] }],
    ['a subject with CR/LF', { subject: 'Live\r\nBcc: victim@evil.example' }],
    ['a subject with a bare LF', { subject: 'Live\nBcc: victim@evil.example' }],
  ])('enqueue refuses %s', async (_what, o) => {
    await expect(transaction(t.db, (sql) => enqueue(sql, message(o)))).rejects.toThrow(/header|address/i);
    expect((await t.db.query('SELECT count(*)::int AS n FROM outbox'))[0].n).toBe(0);
  });

  it('a queued message with an injected recipient or subject is marked failed at once and never reaches the SMTP server', async () => {
    // As if written by an older version, or by hand: the worker must not trust the table.
    const [{ id: a }] = await t.db.query(
      `INSERT INTO outbox (kind, recipients, subject, body) VALUES ('job.approve', $1, 'Live', 'Hi') RETURNING id`,
      [[INJECTED]],
    );
    const [{ id: b }] = await t.db.query(
      `INSERT INTO outbox (kind, recipients, subject, body) VALUES ('job.approve', $1, $2, 'Hi') RETURNING id`,
      [['ok@example.org'], 'Live\r\nBcc: victim@evil.example'],
    );
    const m = mailer();
    const result = await deliverOutbox(t.db, m);
    m.close?.();
    expect(result).toEqual({ sent: 0, retried: 0, failed: 2 });
    expect(smtp.envelopes).toEqual([]);
    const stored = await t.db.query(`SELECT id, status, last_error FROM outbox ORDER BY id`);
    expect(stored).toEqual([
      { id: a, status: 'failed', last_error: expect.stringMatching(/refused/i) },
      { id: b, status: 'failed', last_error: expect.stringMatching(/refused/i) },
    ]);
  });

  it('the SMTP mailer itself refuses an injected recipient or subject', async () => {
    const m = mailer();
    await expect(m.send({ id: 1, kind: 'x', to: [INJECTED], subject: 'Hi', text: 'Hi' })).rejects.toThrow(/refused/i);
    await expect(
      m.send({ id: 2, kind: 'x', to: ['ok@example.org'], subject: 'Hi\r\nBcc: victim@evil.example', text: 'Hi' }),
    ).rejects.toThrow(/refused/i);
    m.close?.();
    expect(smtp.envelopes).toEqual([]);
  });

  it('a job title with a line break still gives a one-line subject', () => {
    const job = {
      id: 1,
      job_title: 'Dev\r\nBcc: victim@evil.example',
      company_name: 'Acme\u2028Inc',
      email: 'a@example.org',
      expires: null,
    };
    for (const action of ['submit', 'approve', 'reject'] as const) {
      expect(jobNotification(job, action, 'why', 'a@example.org').subject).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  });
});
