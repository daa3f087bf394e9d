/**
 * Sponsors store ISO 3166-1 alpha-2 codes (django_countries). The browser's Intl data names them, so
 * the admin carries no country list of its own. Codes Intl merely echoes back are unassigned; the
 * private-use and grouping codes (EU, UN, QO…, XA…) are not countries.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const NOT_COUNTRIES = /^(EU|EZ|UN|Q[M-Z]|X[A-JL-Z]|ZZ)$/;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const COUNTRY_CHOICES: { id: string; name: string }[] = [...LETTERS]
  .flatMap((a) => [...LETTERS].map((b) => a + b))
  .filter((code) => !NOT_COUNTRIES.test(code) && names.of(code) !== code)
  .map((code) => ({ id: code, name: `${names.of(code)} (${code})` }))
  .sort((x, y) => x.name.localeCompare(y.name));

/** "GB" → "United Kingdom"; an unknown code is shown as it is. */
export const countryName = (code: string | null | undefined): string => (code ? (names.of(code) ?? code) : '');
