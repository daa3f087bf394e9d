import { loadConfig } from '../config.js';
import type { Sql } from '../db/sql.js';
import { enqueue, uniqueAddresses } from '../outbox/enqueue.js';
import { indented, letter } from '../outbox/letter.js';

/** The steps the sponsor and the PSF sponsorship team hear of. */
export type SponsorshipNotice = 'apply' | 'approve' | 'reject' | 'send' | 'execute';

/** What a message needs to know of the sponsorship, read in one statement. */
interface Facts {
  sponsor: string;
  package: string | null;
  fee: number | null;
  start_date: string | null;
  end_date: string | null;
  contacts: string[];
}

async function factsOf(sql: Sql, sponsorshipId: number): Promise<Facts> {
  const [facts] = await sql.query<Facts>(
    `SELECT COALESCE(sp.name, 'your organisation') AS sponsor, p.name AS package, s.sponsorship_fee AS fee,
            to_char(s.start_date, 'YYYY-MM-DD') AS start_date, to_char(s.end_date, 'YYYY-MM-DD') AS end_date,
            COALESCE((SELECT array_agg(c.email ORDER BY c.primary DESC, c.id) FROM sponsor_contacts c WHERE c.sponsor_id = s.sponsor_id), '{}') AS contacts
     FROM sponsorships s
     LEFT JOIN sponsors sp ON sp.id = s.sponsor_id
     LEFT JOIN sponsorship_packages p ON p.id = s.package_id
     WHERE s.id = $1`,
    [sponsorshipId],
  );
  return facts;
}

const money = (fee: number | null) => (fee === null ? 'the agreed fee' : `US$${fee.toLocaleString('en-US')}`);

function body(team: string, paragraphs: (string | null)[]): string {
  const contact = team ? `Questions? Reply to this email or write to ${team}.` : 'Questions? Reply to this email.';
  return letter([...paragraphs, contact], 'Thank you,\nThe PSF sponsorship team');
}

/** The message of one step, to the sponsor's contacts with the sponsorship team in copy. */
export function sponsorshipMessage(facts: Facts, notice: SponsorshipNotice, extra: { reason?: string | null; document?: string | null }) {
  const team = loadConfig().sponsorshipTeamEmail;
  const to = uniqueAddresses([...facts.contacts, team]);
  const what = facts.package ? `the ${facts.package} sponsorship` : 'your sponsorship';
  const term = facts.start_date && facts.end_date ? `from ${facts.start_date} to ${facts.end_date}` : null;
  const texts: Record<SponsorshipNotice, { subject: string; paragraphs: (string | null)[] }> = {
    apply: {
      subject: `We received ${facts.sponsor}'s sponsorship application`,
      paragraphs: [
        `Thank you for applying for ${what} of the Python Software Foundation.`,
        'The sponsorship team reviews every application and will write to you once it has been approved or if it needs changes.',
      ],
    },
    approve: {
      subject: `${facts.sponsor}'s sponsorship application is approved`,
      paragraphs: [
        `Good news: ${what} for ${facts.sponsor} is approved${term ? `, ${term}` : ''}, for ${money(facts.fee)}.`,
        'What happens next: we prepare the sponsorship agreement and send it to you for signature.',
      ],
    },
    reject: {
      subject: `About ${facts.sponsor}'s sponsorship application`,
      paragraphs: [
        `Thank you for applying for ${what}. We could not approve the application as it is, for this reason:`,
        indented(extra.reason ?? 'No reason was given.'),
      ],
    },
    send: {
      subject: `Your sponsorship agreement is ready to sign: ${facts.sponsor}`,
      paragraphs: [
        `The agreement for ${what} of ${facts.sponsor}${term ? `, ${term}` : ''}, for ${money(facts.fee)}, is ready.`,
        extra.document ? `Download it here:\n\n${indented(extra.document)}` : null,
        'Please sign it and send the signed copy back to us.',
      ],
    },
    execute: {
      subject: `Your sponsorship is confirmed: ${facts.sponsor}`,
      paragraphs: [
        `We received the signed agreement: ${what} of ${facts.sponsor}${term ? `, ${term}` : ''} is now final.`,
        'Thank you for supporting Python and its community.',
      ],
    },
  };
  const { subject, paragraphs } = texts[notice];
  return { to, subject, text: body(team, paragraphs) };
}

/** Queues the step's message in the step's transaction: it goes out only if the step commits. */
export async function notifySponsorship(
  sql: Sql,
  sponsorshipId: number,
  notice: SponsorshipNotice,
  extra: { reason?: string | null; document?: string | null } = {},
): Promise<void> {
  const message = sponsorshipMessage(await factsOf(sql, sponsorshipId), notice, extra);
  await enqueue(sql, { kind: `sponsorship.${notice}`, ...message });
}
