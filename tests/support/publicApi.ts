import type request from 'supertest';
import type { Persona, TestApi } from './api.js';

/** A persona's user name and a fresh API token of theirs, made through the admin API as a script's owner would. */
export async function apiKeyOf(s: TestApi, persona: Persona): Promise<{ username: string; key: string; tokenId: number }> {
  const agent = await s.as(persona);
  const { body } = await agent
    .post('/api/auth/tokens')
    .send({ name: `${persona} script` })
    .expect(201);
  return { username: `test-${persona}`, key: body.token as string, tokenId: body.id as number };
}

/** The pk at the end of a resource URI ("/api/v1/downloads/release/12/" → 12). */
export function pkOf(uri: string): number {
  const match = /\/(\d+)\/$/.exec(uri);
  if (!match) throw new Error(`not a resource URI: ${uri}`);
  return Number(match[1]);
}

/** Counts the statements sent on each pool while `work` runs. */
export async function countStatements(
  pools: Record<string, { query: unknown }>,
  work: () => Promise<unknown>,
): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  const originals = new Map<string, unknown>();
  for (const [name, pool] of Object.entries(pools)) {
    seen[name] = [];
    const query = pool.query as (...args: unknown[]) => unknown;
    originals.set(name, query);
    pool.query = (...args: unknown[]) => {
      const first = args[0] as string | { text: string };
      seen[name].push(typeof first === 'string' ? first : first.text);
      return query.apply(pool, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, pool] of Object.entries(pools)) pool.query = originals.get(name);
  }
  return seen;
}

export type Agent = request.Agent;
