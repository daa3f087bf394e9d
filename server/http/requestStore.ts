import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every line logged while handling a request should carry. It lives here, with no other
 * imports, so the logger and the request middleware can both import it without a cycle.
 */
export interface RequestStore {
  requestId: string;
}

export const requestStorage = new AsyncLocalStorage<RequestStore>();

/** The id of the request being handled, wherever in its call chain this runs; undefined outside one. */
export const currentRequestId = (): string | undefined => requestStorage.getStore()?.requestId;
