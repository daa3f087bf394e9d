/**
 * Validation rules shared by the database (CHECK constraints), the API and the admin.
 * Patterns are POSIX-compatible so PostgreSQL's `~` and JavaScript's RegExp agree.
 */

/**
 * A page's place in URL space, stored without a leading or trailing slash ("about/psf"): lowercase
 * segments of letters, digits, ".", "_" and "-" joined by "/"; no empty segment and no "." or ".."
 * segment, so a path can never climb out of where it is served.
 */
export const PAGE_PATH_PATTERN = '^(?!\\.\\.?(/|$))[a-z0-9._-]+(/(?!\\.\\.?(/|$))[a-z0-9._-]+)*$';

/** Django's SlugField, the one slug rule: ASCII letters, digits, hyphens and underscores. */
export const SLUG_PATTERN = '^[-a-zA-Z0-9_]+$';

/** A host name with at least one dot, and an optional port. */
const URL_HOST = '[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?';
/** Path, query and fragment: printable URL characters only (no spaces, quotes, angle brackets or controls). */
const URL_REST = '([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?';

/** A URL field: http or https and a host, nothing else (no javascript:, data:, file:, //host). */
export const HTTP_URL_PATTERN = `^https?://${URL_HOST}${URL_REST}$`;

/**
 * A stored file's path (page images and documents, photos, videos, sponsor logos): a relative path of
 * segments of letters, digits, ".", "_" and "-", none starting with "." (so no ".." and no hidden
 * files), or an https URL.
 */
export const SAFE_PATH_PATTERN = `^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://${URL_HOST}${URL_REST})$`;

/**
 * An e-mail address, pragmatically (the HTML living standard's valid e-mail address, with a dot in
 * the domain): no spaces, no CR or LF, so an address can never break a mail header.
 */
export const EMAIL_PATTERN =
  "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

/**
 * An identifier people read (a username): one word without control characters (Cc), spaces of any
 * kind, or invisible characters that make look-alikes — zero-width (U+200B–U+200D, U+2060, U+FEFF),
 * direction marks and bidirectional overrides and isolates (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), the soft hyphen and fillers. Stored NFKC-normalised (see IDENTIFIER_NORMAL_FORM).
 */
export const IDENTIFIER_PATTERN =
  '^[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u1680\\u180E\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\u3164\\uFEFF\\uFFA0]+$';
export const IDENTIFIER_NORMAL_FORM = 'NFKC';

/**
 * The longest searchable text (page, box, release, post and minutes content, event and job
 * descriptions, sponsor descriptions), in characters: what the markup renderer takes
 * (server/render/markup.ts, MAX_MARKUP_LENGTH), and small enough that its full-text vector stays
 * under PostgreSQL's 1 MB. python.org's longest pages are tens of kB.
 */
export const LONG_TEXT_MAX_LENGTH = 200_000;

/** Release-file URLs must be empty or on python.org over https. */
export const PYTHON_ORG_URL_PREFIX = 'https://www.python.org/';

/** What each pattern means, in words for the people who meet it on a form. */
export const PATTERN_MESSAGES = {
  pagePath: 'Lowercase letters, digits, dots and hyphens, in segments joined by "/", with no slash at either end (e.g. about/psf).',
  slug: 'Letters, digits, hyphens and underscores only.',
  httpUrl: 'Must be an http:// or https:// URL (a host name, and no spaces or quotes).',
  safePath:
    'A relative path of letters, digits, ".", "_" and "-" segments joined by "/" (none starting with "." or "/"), or an https:// URL.',
  email: 'An e-mail address such as name@example.org (no spaces or line breaks).',
  identifier: 'No spaces, control characters or invisible characters (zero-width, bidirectional marks).',
  md5: 'An MD5 checksum: 32 lowercase hexadecimal digits.',
  sha256: 'A SHA-256 checksum: 64 lowercase hexadecimal digits.',
  color: 'A hex colour such as #0073b7.',
  country: 'A two-letter country code such as GB.',
} as const;

/** Passwords: long enough to resist guessing, short enough to hash quickly (argon2). */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;
