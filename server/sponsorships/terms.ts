import { z } from 'zod';
import type { Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';

type Row = Record<string, unknown>;

/** Today in UTC, as a date column holds it. */
export const today = () => new Date().toISOString().slice(0, 10);

const date = z.iso.date({ error: 'A date, e.g. 2027-01-01.' });

/** What an approval may send: the terms it settles, each defaulting to what the sponsorship already holds. */
export const approvalTerms = z.object({
  start_date: date.optional(),
  end_date: date.optional(),
  package_id: z.number({ error: 'A package id.' }).int('A package id.').positive('A package id.').optional(),
  sponsorship_fee: z.number({ error: 'A whole number of dollars.' }).int('A whole number of dollars.').min(0, 'At least 0.').optional(),
});

/**
 * The columns an approval writes: the terms (sent or already on the record), all of which it needs,
 * with the start before the end and a package that exists; 422 naming every missing or wrong one.
 */
export async function approvalColumns(before: Row, params: Row, sql: Sql): Promise<Row> {
  const terms = {
    // Date columns are read as 'YYYY-MM-DD' strings (server/db/sql.ts), as the params are sent.
    start_date: (params.start_date ?? before.start_date) as string | null,
    end_date: (params.end_date ?? before.end_date) as string | null,
    package_id: (params.package_id ?? before.package_id) as number | null,
    sponsorship_fee: (params.sponsorship_fee ?? before.sponsorship_fee) as number | null,
  };
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(terms)) if (value === null || value === undefined) errors[field] = 'Required to approve.';
  if (terms.start_date && terms.end_date && terms.start_date >= terms.end_date) errors.end_date = 'Must be after the start date.';
  if (terms.package_id && !errors.package_id) {
    const [found] = await sql.query('SELECT 1 FROM sponsorship_packages WHERE id = $1', [terms.package_id]);
    if (!found) errors.package_id = `There is no sponsorship package ${terms.package_id}.`;
  }
  if (Object.keys(errors).length) {
    throw new HttpError(422, 'An approval needs a start and an end date (start before end), a package and a fee.', errors);
  }
  return { ...terms, approved_on: today(), rejected_on: null, locked: true };
}

/** Rolling back to editing: only while the sponsorship's contract (if any) is still a draft, which then goes. */
export async function rollbackColumns(before: Row, _params: Row, sql: Sql): Promise<Row> {
  const [live] = await sql.query<{ id: number; status: string }>(
    `SELECT id, status FROM contracts WHERE sponsorship_id = $1 AND status <> 'outdated' FOR UPDATE`,
    [before.id],
  );
  if (live && live.status !== 'draft') {
    const how = live.status === 'nullified' ? ' Outdate the nullified contract first.' : '';
    throw new HttpError(
      409,
      `Cannot roll back: its contract ${live.id} is ${live.status.replace(/_/g, ' ')}; a sponsorship rolls back to editing only while its contract is a draft.${how}`,
      undefined,
      { contract_id: live.id, contract_status: live.status },
    );
  }
  return { locked: false, approved_on: null, rejected_on: null };
}

/** Executing needs the signed document: a document of the media library (uploaded first through POST /api/media). */
export const executionParams = z.object({
  signed_document_media_id: z.number({ error: 'The media id of the signed document.' }).int('A media id.').positive('A media id.'),
});

export async function executionColumns(_before: Row, params: Row, sql: Sql): Promise<Row> {
  const id = params.signed_document_media_id as number;
  const [media] = await sql.query<{ kind: string }>('SELECT kind FROM media WHERE id = $1', [id]);
  if (!media || media.kind !== 'document') {
    const problem = media ? 'is an image, not a document' : 'does not exist';
    throw new HttpError(422, `The signed document must be a document of the media library; media ${id} ${problem}.`, {
      signed_document_media_id: media ? 'Not a document.' : 'No such media.',
    });
  }
  return { signed_document_media_id: id, executed_on: today() };
}
