import type { AuthProvider } from 'react-admin';

/** What /api/auth/login and /api/auth/me answer (and /api/auth/session, as its profile). */
export interface Profile {
  id: number;
  username: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  is_superuser: boolean;
  roles: string[];
  permissions: { resources: Record<string, { read: 'full' | 'limited' | false; write: boolean }> };
  csrf_token: string | null;
}

let profile: Profile | null = null;

/** The CSRF token of the current session, for the data provider's writes. */
export const csrfToken = () => profile?.csrf_token ?? null;

/**
 * Asks /api/auth/session rather than /api/auth/me: nobody signed in is a 200 there, so the sign-in
 * page shows no failed request in the console.
 */
async function loadProfile(): Promise<Profile> {
  const res = await fetch('/api/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = res.ok ? ((await res.json()) as { authenticated: boolean; profile?: Profile }) : { authenticated: false };
  profile = body.authenticated && body.profile ? body.profile : null;
  if (!profile) throw new Error('Please sign in.');
  return profile;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.message ?? 'Sign-in failed.');
    profile = body as Profile;
  },
  async logout() {
    const token = csrfToken();
    profile = null;
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin', headers: token ? { 'X-CSRF-Token': token } : {} }).catch(
      () => {},
    );
  },
  async checkAuth() {
    if (!profile) await loadProfile();
  },
  // 401: the session is gone, back to sign-in. 403: signed in but not allowed: say so, stay.
  async checkError(error: { status?: number }) {
    // The profile stays until logout() clears it: react-admin shows this message only while checkAuth still passes.
    if (error?.status === 401) throw new Error('Your session has ended; please sign in again.');
  },
  async getIdentity() {
    const me = profile ?? (await loadProfile());
    const fullName = [me.first_name, me.last_name].filter(Boolean).join(' ') || me.username;
    return { id: me.id, fullName };
  },
  async getPermissions() {
    const me = profile ?? (await loadProfile().catch(() => null));
    return me ? { superuser: me.is_superuser, roles: me.roles, resources: me.permissions.resources } : null;
  },
};

/** Whether the signed-in user may write the resource, for code outside React (the data provider). */
export const mayWrite = (resource: string) => Boolean(profile?.permissions.resources[resource]?.write);
