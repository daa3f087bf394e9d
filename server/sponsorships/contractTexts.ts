import type { Sql } from '../db/sql.js';

/** The clauses every agreement carries unless staff edit the draft; the PSF's lawyers own the real wording. */
export const DEFAULT_LEGAL_CLAUSES = [
  '1. Term. This Agreement runs from the start date to the end date above.',
  '2. Payment. Sponsor pays the sponsorship fee within 30 days of the invoice.',
  "3. Use of marks. Each party may use the other's name and logo only to acknowledge the sponsorship.",
  '4. Code of conduct. Sponsor and its representatives follow the PSF Code of Conduct at PSF events.',
  '5. Entire agreement. This Agreement is the whole agreement of the parties about the sponsorship.',
].join('\n');

/**
 * The texts a new contract starts from, copied from the sponsor, its primary contact and the
 * sponsorship's benefits at approval, so later edits of those leave the agreement as approved.
 */
export async function contractTexts(sql: Sql, sponsorshipId: number): Promise<Record<string, string>> {
  const [row] = await sql.query<{ sponsor_info: string; sponsor_contact: string; benefits_list: string }>(
    `SELECT
       concat_ws(E'\\n', sp.name, NULLIF(sp.mailing_address_line_1, ''), NULLIF(sp.mailing_address_line_2, ''),
                 concat_ws(', ', NULLIF(sp.city, ''), NULLIF(sp.state, ''), NULLIF(sp.postal_code, ''), NULLIF(sp.country, ''))) AS sponsor_info,
       COALESCE((SELECT concat_ws(E'\\n', c.name, c.email, NULLIF(c.phone, '')) FROM sponsor_contacts c
                 WHERE c.sponsor_id = s.sponsor_id ORDER BY c.primary DESC, c.id LIMIT 1), '') AS sponsor_contact,
       COALESCE((SELECT string_agg('- ' || concat_ws(': ', NULLIF(b.program_name, ''), b.name), E'\\n' ORDER BY b.order, b.id)
                 FROM sponsor_benefits b WHERE b.sponsorship_id = s.id), '') AS benefits_list
     FROM sponsorships s LEFT JOIN sponsors sp ON sp.id = s.sponsor_id WHERE s.id = $1`,
    [sponsorshipId],
  );
  return { ...row, legal_clauses: DEFAULT_LEGAL_CLAUSES };
}

/** Copies the package's catalogue benefits to a sponsorship that has none yet, as python.org does on application. */
export async function packageBenefits(sql: Sql, sponsorshipId: number, packageId: number): Promise<Record<string, unknown>[]> {
  return sql.query(
    `SELECT b.id AS sponsorship_benefit_id, b.program_id, p.name AS program_name, b.name, b.description,
            b.internal_value AS benefit_internal_value, b.standalone, b.order
     FROM sponsorship_benefits b
     JOIN sponsorship_benefit_packages bp ON bp.sponsorship_benefit_id = b.id AND bp.sponsorship_package_id = $1
     JOIN sponsorship_programs p ON p.id = b.program_id
     WHERE NOT EXISTS (SELECT 1 FROM sponsor_benefits s WHERE s.sponsorship_id = $2)
     ORDER BY b.order, b.id`,
    [packageId, sponsorshipId],
  );
}
