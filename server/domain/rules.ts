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
