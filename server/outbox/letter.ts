/** The plain-text pieces every notification is written with (jobs, sponsorships, the contract PDF's dates). */

/** A date as people read it in a letter ("6 May 2027"), or null for none or an unreadable one. */
export function longDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Someone's words (a reason, a note) set off by four spaces, as quoted text in a plain-text mail. */
export const indented = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => `    ${line}`.trimEnd())
    .join('\n');

/** A greeting, the paragraphs that are there (null ones left out) and the signature, a blank line apart. */
export const letter = (paragraphs: (string | null)[], signature: string) =>
  ['Hello,', ...paragraphs.filter((p): p is string => p !== null), signature].join('\n\n') + '\n';
