import { httpClient } from '../dataProvider';
import type { Profile } from '../authProvider';

/** One of the signed-in user's API tokens as GET /api/auth/tokens lists it (never the secret). */
export interface ApiToken {
  id: number;
  name: string;
  token_prefix: string;
  created: string;
  last_used: string | null;
  expires: string | null;
}

/** POST /api/auth/tokens answers the only copy of the secret there will ever be. */
export interface CreatedToken extends ApiToken {
  token: string;
}

export const ME_KEY = ['auth', 'me'] as const;
export const TOKENS_KEY = ['auth', 'tokens'] as const;

const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
});

export async function fetchMe(): Promise<Profile> {
  return (await httpClient('/api/auth/me')).json as Profile;
}

export async function changePassword(current_password: string, new_password: string): Promise<void> {
  await httpClient('/api/auth/password', { ...json({ current_password, new_password }), method: 'PUT' });
}

export async function listTokens(): Promise<ApiToken[]> {
  return (await httpClient('/api/auth/tokens')).json as ApiToken[];
}

export async function createToken(name: string, expires: string | null): Promise<CreatedToken> {
  return (await httpClient('/api/auth/tokens', json({ name, expires }))).json as CreatedToken;
}

export async function revokeToken(id: number): Promise<void> {
  await httpClient(`/api/auth/tokens/${id}`, { method: 'DELETE' });
}

/** The server's field errors of a 422 ({"errors": {"field": "message"}}), for a form to show. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const body = (error as { status?: number; body?: { errors?: Record<string, string> } })?.body;
  return (error as { status?: number })?.status === 422 && body?.errors && Object.keys(body.errors).length ? body.errors : undefined;
}
