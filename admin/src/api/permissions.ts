import { usePermissions } from 'react-admin';

/** What getPermissions() returns (see authProvider.ts). */
export interface Permissions {
  superuser: boolean;
  roles: string[];
  resources: Record<string, { read: 'full' | 'limited' | false; write: boolean }>;
}

export const canRead = (permissions: Permissions | undefined, resource: string) => Boolean(permissions?.resources[resource]?.read);
export const canWrite = (permissions: Permissions | undefined, resource: string) => Boolean(permissions?.resources[resource]?.write);

/**
 * The signed-in user's rights on one resource, from /api/auth/me. Only decides what the screens
 * offer: the server checks every request again.
 */
export function useAccess(resource: string): { read: boolean; write: boolean; full: boolean; superuser: boolean } {
  const { permissions } = usePermissions<Permissions>();
  const entry = permissions?.resources[resource];
  return {
    read: Boolean(entry?.read),
    full: entry?.read === 'full',
    write: Boolean(entry?.write),
    superuser: Boolean(permissions?.superuser),
  };
}
