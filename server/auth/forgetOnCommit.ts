import type { Registry } from '../crud/registry.js';
import { AuthToken } from '../entities/AuthToken.js';
import { Role } from '../entities/Role.js';
import { User } from '../entities/User.js';
import type { AuthCache } from './authCache.js';

/**
 * Forgets, the moment a write through this process commits, what it changed of who someone is: the
 * request that revoked a token or changed a role is followed at once by requests that see it. The
 * triggers' notifications (authChanges.ts) do the same a moment later, and for every process.
 */
export function forgetOnCommit(registry: Registry, cache: AuthCache): () => void {
  const users = registry.of(User).model.name;
  const tokens = registry.of(AuthToken).model.name;
  const roles = registry.of(Role).model.name;
  return registry.afterCommit.subscribe((event) => {
    if (event.resource === users) cache.forgetUser(event.id);
    else if (event.resource === tokens) cache.forgetUser(Number((event.before ?? event.after)?.user_id));
    else if (event.resource === roles) cache.clear();
  });
}
