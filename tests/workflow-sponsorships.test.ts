import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_STATUSES, SPONSORSHIP_STATUSES, type ContractStatus, type SponsorshipStatus } from '../server/domain/communityEnums.js';
import { valuesOf } from '../server/domain/enums.js';
import { CONTRACT_TRANSITIONS, SPONSORSHIP_TRANSITIONS } from '../server/domain/sponsorshipWorkflow.js';
import type { TransitionRule } from '../server/domain/transitionRules.js';
import { CONTRACT_WORKFLOW, SPONSORSHIP_WORKFLOW } from '../server/sponsorships/workflow.js';
import { setupApi, type TestApi } from './support/api.js';
import { insert } from './support/rows.js';

type Row = Record<string, unknown>;

/** Every (action, from) pair a table allows, and every pair it leaves out: derived, never listed by hand. */
function pairs<S extends string>(table: readonly TransitionRule<S>[], states: readonly S[]) {
  const allowed = table.flatMap((t) => t.from.map((from) => ({ action: t.action, from, to: t.to })));
  const disallowed = table.flatMap((t) => states.filter((s) => !t.from.includes(s)).map((from) => ({ action: t.action, from })));
  return { allowed, disallowed };
}

const SPONSORSHIP = pairs(SPONSORSHIP_TRANSITIONS, valuesOf(SPONSORSHIP_STATUSES));
const CONTRACT = pairs(CONTRACT_TRANSITIONS, valuesOf(CONTRACT_STATUSES));
/** Steps only the system takes (the contract's execution finalizes its sponsorship). */
const SYSTEM_ONLY = new Set<string>(SPONSORSHIP_WORKFLOW.actionNames.filter((a) => !SPONSORSHIP_WORKFLOW.actions[a].roles?.length));

const TERMS = { start_date: '2027-01-01', end_date: '2027-12-31', sponsorship_fee: 80000 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('sponsorship and contract workflows', () => {
  let s: TestApi;
  let staff: request.Agent;
  let sponsor: number;
  let pkg: number;
  let signed: number;

  const one = async (table: string, id: number) => (await s.t.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0] as Row;
  const history = (table: string, column: string, id: number): Promise<Row[]> =>
    s.t.db.query(`SELECT * FROM ${table} WHERE ${column} = $1 ORDER BY id`, [id]);
  const outbox = async (kind: string, since = 0): Promise<Row[]> =>
    s.t.db.query('SELECT * FROM outbox WHERE kind = $1 AND id > $2 ORDER BY id', [kind, since]);
  /** A field edit as the admin sends it: with the row_version it loaded. */
  const put = async (resource: string, table: string, id: number, body: Row, status: number) => {
    const res = await staff.put(`/api/${resource}/${id}`).send({ row_version: (await one(table, id)).row_version, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res;
  };
  const take = async (resource: string, table: string, id: number, action: string, body: Row = {}) =>
    staff.post(`/api/${resource}/${id}/${action}`).send({ row_version: (await one(table, id)).row_version, ...body });

  /** A sponsorship put straight into a state, with what that state needs (approved terms, a live contract). */
  async function sponsorshipIn(status: SponsorshipStatus, o: Row = {}): Promise<number> {
    const terms = status === 'approved' || status === 'finalized' ? { ...TERMS, approved_on: '2026-10-01', package_id: pkg } : {};
    return insert(s.t.db, 'sponsorships', { sponsor_id: sponsor, status, locked: status !== 'applied', ...terms, ...o });
  }

  /** A contract put straight into a state, on an approved sponsorship of its own. */
  async function contractIn(status: ContractStatus): Promise<number> {
    const sponsorship = await sponsorshipIn(status === 'executed' ? 'finalized' : 'approved');
    const documents =
      status === 'awaiting_signature' || status === 'executed' || status === 'nullified' ? { document_media_id: signed } : {};
    const execution = status === 'executed' ? { signed_document_media_id: signed, executed_on: '2026-11-01' } : {};
    return insert(s.t.db, 'contracts', { sponsorship_id: sponsorship, status, benefits_list: '- Logo', ...documents, ...execution });
  }

  /** What each action needs besides the row_version: terms, a reason, the signed document. */
  const bodyFor = (action: string): Row =>
    ({
      approve: { ...TERMS, package_id: pkg },
      reject: { reason: 'Sold out' },
      nullify: { reason: 'Wrong fee' },
      outdate: { reason: 'The deal changed' },
      execute: { signed_document_media_id: signed },
    })[action] ?? {};

  beforeAll(async () => {
    s = await setupApi({ seed: false, media: { limits: { image: 1_048_576, document: 1_048_576 } } });
    staff = await s.as('content_editor');
    sponsor = await insert(s.t.db, 'sponsors', {
      name: 'Snake Oil Cloud',
      description: 'Clouds.',
      web_logo: 'logos/snake.png',
      primary_phone: '1',
      mailing_address_line_1: '1 Main Street',
      city: 'Seattle',
      postal_code: '98101',
      country: 'US',
    });
    await insert(s.t.db, 'sponsor_contacts', {
      sponsor_id: sponsor,
      name: 'Ada',
      email: 'ada@snake.example.com',
      phone: '1',
      primary: true,
    });
    const program = await insert(s.t.db, 'sponsorship_programs', { name: 'Foundation' });
    pkg = await insert(s.t.db, 'sponsorship_packages', { name: 'Visionary', slug: 'visionary', sponsorship_amount: 150000 });
    const benefit = await insert(s.t.db, 'sponsorship_benefits', { name: 'Logo on python.org', program_id: program });
    await s.t.db.query('INSERT INTO sponsorship_benefit_packages (sponsorship_benefit_id, sponsorship_package_id) VALUES ($1, $2)', [
      benefit,
      pkg,
    ]);
    const upload = await staff.post('/api/media').field('use', 'document').attach('file', PDF, 'signed.pdf').expect(201);
    signed = upload.body.id as number;
  });
  afterAll(() => s.t.drop());

  it('declares every action of both tables, and no other', () => {
    expect([...SPONSORSHIP_WORKFLOW.actionNames].sort()).toEqual(SPONSORSHIP_TRANSITIONS.map((t) => t.action).sort());
    expect([...CONTRACT_WORKFLOW.actionNames].sort()).toEqual(CONTRACT_TRANSITIONS.map((t) => t.action).sort());
  });

  describe('takes every allowed sponsorship transition', () => {
    for (const { action, from, to } of SPONSORSHIP.allowed) {
      it(`${action}: ${from} → ${to}`, async () => {
        const id = await sponsorshipIn(from);
        const res = await take('sponsorships', 'sponsorships', id, action, bodyFor(action));
        if (SYSTEM_ONLY.has(action)) {
          expect(res.status, JSON.stringify(res.body)).toBe(403);
          expect((await one('sponsorships', id)).status).toBe(from);
          return;
        }
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body).toMatchObject({ id, status: to, locked: to !== 'applied' });
        expect(await history('sponsorship_transitions', 'sponsorship_id', id)).toEqual([
          expect.objectContaining({ action, from_status: from, to_status: to }),
        ]);
      });
    }
  });

  describe('refuses every disallowed sponsorship transition, changing nothing', () => {
    for (const { action, from } of SPONSORSHIP.disallowed) {
      it(`${action} from ${from}`, async () => {
        const id = await sponsorshipIn(from);
        const before = await one('sponsorships', id);
        const res = await take('sponsorships', 'sponsorships', id, action, bodyFor(action));
        expect(res.status).toBe(SYSTEM_ONLY.has(action) ? 403 : 409);
        expect(await one('sponsorships', id)).toEqual(before);
        expect(await history('sponsorship_transitions', 'sponsorship_id', id)).toEqual([]);
      });
    }
  });

  describe('takes every allowed contract transition', () => {
    for (const { action, from, to } of CONTRACT.allowed) {
      it(`${action}: ${from} → ${to}`, async () => {
        const id = await contractIn(from);
        const res = await take('contracts', 'contracts', id, action, bodyFor(action));
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body).toMatchObject({ id, status: to });
        expect(await history('contract_transitions', 'contract_id', id)).toEqual([
          expect.objectContaining({ action, from_status: from, to_status: to }),
        ]);
      });
    }
  });

  describe('refuses every disallowed contract transition, changing nothing', () => {
    for (const { action, from } of CONTRACT.disallowed) {
      it(`${action} from ${from}`, async () => {
        const id = await contractIn(from);
        const before = await one('contracts', id);
        const res = await take('contracts', 'contracts', id, action, bodyFor(action));
        expect(res.status, JSON.stringify(res.body)).toBe(409);
        expect(await one('contracts', id)).toEqual(before);
      });
    }
  });

  it('goes from application to executed contract: terms, locks, the rendered PDF, notifications and both histories', async () => {
    const [{ last }] = await s.t.db.query('SELECT COALESCE(max(id), 0)::int AS last FROM outbox');
    const created = await staff.post('/api/sponsorships').send({ sponsor_id: sponsor, year: 2027 }).expect(201);
    const id = created.body.id as number;
    expect(created.body.status).toBe('applied');
    expect((await outbox('sponsorship.apply')).at(-1)).toMatchObject({ recipients: ['ada@snake.example.com', 'sponsors@python.org'] });

    // Approval needs every term; it names the missing ones and changes nothing.
    const missing = await take('sponsorships', 'sponsorships', id, 'approve', { start_date: '2027-06-01', end_date: '2027-01-01' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual({
      end_date: expect.any(String),
      package_id: expect.any(String),
      sponsorship_fee: expect.any(String),
    });
    expect((await one('sponsorships', id)).status).toBe('applied');

    const approved = await take('sponsorships', 'sponsorships', id, 'approve', { ...TERMS, package_id: pkg });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', locked: true, start_date: '2027-01-01', package_id: pkg });
    expect(approved.body.approved_on).toBe(new Date().toISOString().slice(0, 10));
    const benefits = await s.t.db.query('SELECT name FROM sponsor_benefits WHERE sponsorship_id = $1', [id]);
    expect(benefits).toEqual([{ name: 'Logo on python.org' }]);
    const [contract] = await s.t.db.query('SELECT * FROM contracts WHERE sponsorship_id = $1', [id]);
    expect(contract).toMatchObject({ status: 'draft', revision: 1, benefits_list: '- Foundation: Logo on python.org' });
    expect(contract.sponsor_info).toContain('Snake Oil Cloud');

    // The terms are locked; unlocking in the same save lets them change.
    const locked = await put('sponsorships', 'sponsorships', id, { sponsorship_fee: 1 }, 409);
    expect(locked.body.errors).toEqual({ sponsorship_fee: 'Locked.' });
    await put('sponsorships', 'sponsorships', id, { locked: false, sponsorship_fee: 90000 }, 200);

    // Each save of the draft is a revision.
    const saved = await put('contracts', 'contracts', contract.id, { legal_clauses: '1. Be excellent.' }, 200);
    expect(saved.body.revision).toBe(2);

    const sent = await take('contracts', 'contracts', contract.id, 'send');
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ status: 'awaiting_signature', revision: 2 });
    const media = await one('media', sent.body.document_media_id);
    expect(media).toMatchObject({ kind: 'document', content_type: 'application/pdf' });
    const pdf = await s.anonymous().get(`/media/${media.sha256}/${media.original_name}`).buffer(true).expect(200);
    const text = pdf.body.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('Sponsorship Agreement: Snake Oil Cloud');
    expect(text).toContain(`Contract ${contract.id}, revision 2`);
    expect((await outbox('sponsorship.send')).at(-1)?.body).toContain(`/media/${media.sha256}/`);

    // Awaiting signature: editing the text and rolling back are refused.
    await put('contracts', 'contracts', contract.id, { legal_clauses: 'x' }, 409);
    const refused = await take('sponsorships', 'sponsorships', id, 'rollback');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/awaiting signature/);

    // An earlier overlapping final sponsorship of the sponsor is overlapped; one that ended before, or another sponsor's, is not.
    const earlier = await sponsorshipIn('finalized', { start_date: '2026-06-01', end_date: '2027-05-31' });
    const ended = await sponsorshipIn('finalized', { start_date: '2025-01-01', end_date: '2025-12-31' });
    const other = await insert(s.t.db, 'sponsors', {
      name: 'Other',
      description: 'x',
      web_logo: 'logos/o.png',
      primary_phone: '1',
      mailing_address_line_1: 'x',
      city: 'x',
      postal_code: 'x',
      country: 'US',
    });
    const elsewhere = await sponsorshipIn('finalized', { sponsor_id: other, start_date: '2026-06-01', end_date: '2027-05-31' });

    const executed = await take('contracts', 'contracts', contract.id, 'execute', { signed_document_media_id: signed });
    expect(executed.status, JSON.stringify(executed.body)).toBe(200);
    expect(executed.body).toMatchObject({ status: 'executed', signed_document_media_id: signed });
    expect(await one('sponsorships', id)).toMatchObject({ status: 'finalized', finalized_on: new Date().toISOString().slice(0, 10) });
    expect((await one('sponsorships', earlier)).overlapped_by_id).toBe(id);
    expect((await one('sponsorships', ended)).overlapped_by_id).toBeNull();
    expect((await one('sponsorships', elsewhere)).overlapped_by_id).toBeNull();

    const sponsorshipHistory = (await staff.get(`/api/sponsorships/${id}/history`).expect(200)).body as Row[];
    expect(sponsorshipHistory.map((h) => [h.action, h.actor_username])).toEqual([
      ['approve', 'test-content_editor'],
      ['finalize', null],
    ]);
    const contractHistory = (await staff.get(`/api/contracts/${contract.id}/history`).expect(200)).body as Row[];
    expect(contractHistory.map((h) => h.action)).toEqual(['send', 'execute']);
    for (const kind of ['approve', 'execute']) expect(await outbox(`sponsorship.${kind}`, last)).toHaveLength(1);
    expect((await staff.get(`/api/contracts/${contract.id}/transitions`).expect(200)).body).toEqual([]);
  });

  it('rolls back while the contract is a draft (dropping it), and after the contract is outdated approves anew', async () => {
    const id = await sponsorshipIn('applied', { package_id: pkg });
    await take('sponsorships', 'sponsorships', id, 'approve', TERMS).then((r) => expect(r.status).toBe(200));
    const [draft] = await s.t.db.query('SELECT id FROM contracts WHERE sponsorship_id = $1', [id]);
    const back = await take('sponsorships', 'sponsorships', id, 'rollback');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ status: 'applied', locked: false, approved_on: null });
    expect(await s.t.db.query('SELECT id FROM contracts WHERE id = $1', [draft.id])).toEqual([]);

    await take('sponsorships', 'sponsorships', id, 'approve', TERMS).then((r) => expect(r.status).toBe(200));
    const [second] = await s.t.db.query('SELECT id FROM contracts WHERE sponsorship_id = $1', [id]);
    await take('contracts', 'contracts', second.id, 'outdate', { reason: 'New package' }).then((r) => expect(r.status).toBe(200));
    await take('sponsorships', 'sponsorships', id, 'rollback').then((r) => expect(r.status).toBe(200));
    await take('sponsorships', 'sponsorships', id, 'approve', TERMS).then((r) => expect(r.status).toBe(200));
    const contracts = await s.t.db.query('SELECT status FROM contracts WHERE sponsorship_id = $1 ORDER BY id', [id]);
    expect(contracts).toEqual([{ status: 'outdated' }, { status: 'draft' }]);
  });

  it('reads only the fields an action takes, and renders nothing for a step that cannot be taken', async () => {
    const id = await sponsorshipIn('applied', { package_id: pkg });
    const stray = await take('sponsorships', 'sponsorships', id, 'approve', { ...TERMS, status: 'finalized' });
    expect(stray.status).toBe(422);
    expect(stray.body.errors).toHaveProperty('status');
    const badDate = await take('sponsorships', 'sponsorships', id, 'approve', { ...TERMS, start_date: '1 January' });
    expect(badDate.status).toBe(422);
    expect(badDate.body.errors).toHaveProperty('start_date');
    const notHere = await take('sponsorships', 'sponsorships', id, 'reject', { reason: 'x', sponsorship_fee: 1 });
    expect(notHere.status).toBe(422);
    expect((await one('sponsorships', id)).status).toBe('applied');

    const [{ count: before }] = await s.t.db.query('SELECT count(*)::int AS count FROM media');
    const sent = await contractIn('awaiting_signature');
    expect((await take('contracts', 'contracts', sent, 'send')).status).toBe(409);
    const stale = await contractIn('draft');
    const res = await staff.post(`/api/contracts/${stale}/send`).send({ row_version: 99 });
    expect(res.status).toBe(409);
    const [{ count: after }] = await s.t.db.query('SELECT count(*)::int AS count FROM media');
    expect(after).toBe(before);
  });

  it('lets nobody make, delete or hand-finalize the records the workflows own', async () => {
    const contract = await contractIn('draft');
    await staff
      .post('/api/contracts')
      .send({ sponsorship_id: (await one('contracts', contract)).sponsorship_id })
      .expect(405);
    await staff.delete(`/api/contracts/${contract}`).expect(405);
    const id = await sponsorshipIn('approved');
    await put('sponsorships', 'sponsorships', id, { status: 'finalized' }, 422);
    const reader = await s.as('release_manager');
    const res = await reader.post(`/api/sponsorships/${await sponsorshipIn('applied')}/approve`).send({ row_version: 1, ...TERMS });
    expect(res.status).toBe(403);
  });
});
