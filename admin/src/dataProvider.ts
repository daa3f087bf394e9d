import { fetchUtils } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { csrfToken, mayWrite } from './authProvider';
import { withDrafts } from './drafts/withDrafts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** ra-data-simple-rest over /api, sending the session cookie and, on writes, the CSRF token. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = csrfToken();
  if (token && UNSAFE.has((options.method ?? 'GET').toUpperCase())) headers.set('X-CSRF-Token', token);
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
};

/** Drafts of the versioned resources are read and saved through it too (drafts/withDrafts.ts). */
export const dataProvider = withDrafts(simpleRestProvider('/api', httpClient), httpClient, mayWrite);
