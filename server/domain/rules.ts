/**
 * Validation rules shared by the database (CHECK constraints), the API and the admin.
 * Patterns are POSIX-compatible so PostgreSQL's `~` and JavaScript's RegExp agree.
 */

/** pythondotorg's is_valid_page_path, stored without a leading or trailing slash: "about/psf". */
export const PAGE_PATH_PATTERN = '^[a-z0-9.-]+(/[a-z0-9.-]+)*$';

/** Django's SlugField: letters, digits, hyphens and underscores. */
export const SLUG_PATTERN = '^[-a-zA-Z0-9_]+$';

/** Release-file URLs must be empty or on python.org over https. */
export const PYTHON_ORG_URL_PREFIX = 'https://www.python.org/';

/** What each pattern means, in words for the people who meet it on a form. */
export const PATTERN_MESSAGES = {
  pagePath: 'Lowercase letters, digits, dots and hyphens, in segments joined by "/", with no slash at either end (e.g. about/psf).',
  slug: 'Letters, digits, hyphens and underscores only.',
  httpUrl: 'Must start with http:// or https://.',
  md5: 'An MD5 checksum: 32 lowercase hexadecimal digits.',
  sha256: 'A SHA-256 checksum: 64 lowercase hexadecimal digits.',
  color: 'A hex colour such as #0073b7.',
  country: 'A two-letter country code such as GB.',
} as const;

/** Passwords: long enough to resist guessing, short enough to hash quickly (argon2). */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;
