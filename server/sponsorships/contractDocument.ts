import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { Sql } from '../db/sql.js';
import { longDate } from '../outbox/letter.js';

/** Everything the agreement shows: the contract's texts and the sponsorship's terms. */
export interface AgreementFacts {
  contract_id: number;
  revision: number;
  sponsor_name: string;
  sponsor_info: string;
  sponsor_contact: string;
  benefits_list: string;
  legal_clauses: string;
  package_name: string | null;
  sponsorship_fee: number | null;
  start_date: string | null;
  end_date: string | null;
}

export async function agreementFacts(sql: Sql, contractId: number): Promise<AgreementFacts> {
  const [facts] = await sql.query<AgreementFacts>(
    `SELECT c.id AS contract_id, c.revision, COALESCE(sp.name, '') AS sponsor_name, c.sponsor_info, c.sponsor_contact,
            c.benefits_list, c.legal_clauses, p.name AS package_name, s.sponsorship_fee,
            to_char(s.start_date, 'YYYY-MM-DD') AS start_date, to_char(s.end_date, 'YYYY-MM-DD') AS end_date
     FROM contracts c JOIN sponsorships s ON s.id = c.sponsorship_id
     LEFT JOIN sponsors sp ON sp.id = s.sponsor_id LEFT JOIN sponsorship_packages p ON p.id = s.package_id
     WHERE c.id = $1`,
    [contractId],
  );
  return facts;
}

const dated = (iso: string | null) => longDate(iso) ?? '—';

/** The file name the rendered agreement is stored under. */
export const agreementFileName = (facts: AgreementFacts) =>
  `sponsorship-agreement-${
    facts.sponsor_name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || facts.contract_id
  }-r${facts.revision}.pdf`;

/**
 * Renders the agreement (the template: parties, term, package and fee, benefits, clauses, signatures)
 * to a temporary PDF file and returns its path; the caller takes it into the media library.
 */
export async function renderAgreement(facts: AgreementFacts): Promise<string> {
  const file = path.join(os.tmpdir(), `contract-${randomUUID()}.pdf`);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 72,
    info: {
      Title: `Sponsorship Agreement: ${facts.sponsor_name}`,
      Subject: `Contract ${facts.contract_id}, revision ${facts.revision}`,
      Author: 'Python Software Foundation',
    },
  });
  const out = createWriteStream(file);
  doc.pipe(out);
  const heading = (text: string) => doc.moveDown().font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(11);
  doc.font('Helvetica-Bold').fontSize(18).text('SPONSORSHIP AGREEMENT', { align: 'center' });
  doc.font('Helvetica').fontSize(9).text(`Contract ${facts.contract_id} · revision ${facts.revision}`, { align: 'center' });
  doc.moveDown().fontSize(11);
  doc.text(
    `This Sponsorship Agreement is made between the Python Software Foundation (the "PSF") and ${facts.sponsor_name || 'the Sponsor'} ` +
      `(the "Sponsor"), effective ${dated(facts.start_date)}.`,
  );
  heading('Sponsor');
  doc.text(facts.sponsor_info || '—');
  heading('Sponsor contact');
  doc.text(facts.sponsor_contact || '—');
  heading('Sponsorship');
  doc.text(`Package: ${facts.package_name ?? '—'}`);
  doc.text(`Fee: ${facts.sponsorship_fee === null ? '—' : `US$${facts.sponsorship_fee.toLocaleString('en-US')}`}`);
  doc.text(`Term: ${dated(facts.start_date)} to ${dated(facts.end_date)}`);
  heading('Benefits');
  doc.text(facts.benefits_list || 'As listed in the sponsorship package.');
  heading('Terms');
  doc.text(facts.legal_clauses || '—');
  doc.moveDown(2);
  for (const party of ['Python Software Foundation', facts.sponsor_name || 'Sponsor']) {
    doc.moveDown().text(`For ${party}:`).moveDown().text('Signature: ______________________________   Date: ______________');
  }
  doc.end();
  await finished(out);
  return file;
}
