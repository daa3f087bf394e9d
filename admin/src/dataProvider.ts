import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { csrfToken } from './authProvider';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** ra-data-simple-rest over /api, sending the session cookie and, on writes, the CSRF token. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = csrfToken();
  if (token && UNSAFE.has((options.method ?? 'GET').toUpperCase())) headers.set('X-CSRF-Token', token);
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' }).catch((error: HttpError) => {
    // A stale row_version is not a mistake in a field: drop its field error so the form stays valid
    // and the edit screen offers a reload instead (common/RecordEdit.tsx).
    if (error?.status === 409 && typeof error.body?.row_version === 'number') {
      throw new HttpError(error.message, 409, { ...error.body, errors: undefined });
    }
    throw error;
  });
};

export const dataProvider = simpleRestProvider('/api', httpClient);
