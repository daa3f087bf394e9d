import { useQuery } from '@tanstack/react-query';
import type { RoleSlug } from '../../../server/domain/enums';

export interface DemoAccount {
  username: string;
  role: RoleSlug;
  label: string;
}

/** What GET /api/auth/demo answers (server/routes/demoSignIn.ts). */
export type DemoOffer = { enabled: false } | { enabled: true; accounts: DemoAccount[]; password: string | null };

async function fetchDemoOffer(): Promise<DemoOffer> {
  const res = await fetch('/api/auth/demo', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return res.ok ? ((await res.json()) as DemoOffer) : { enabled: false };
}

/** The demo accounts this server offers on its sign-in page: only on its embedded database. */
export const useDemoOffer = () => useQuery({ queryKey: ['demo-offer'], queryFn: fetchDemoOffer, staleTime: Infinity, retry: false });
