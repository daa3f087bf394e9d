import type { DataSource } from 'typeorm';
import { actorForUser } from '../auth/loadActor.js';
import { issueToken } from '../auth/tokens.js';
import { sqlOf } from '../db/sql.js';
import { AuthToken } from '../entities/AuthToken.js';
import { registryFor } from './registry.js';

/** An API token of a user, issued as the API issues them, for the benchmark and the fault tests; returns its secret. */
export async function apiTokenFor(db: DataSource, userId: number, name: string): Promise<string> {
  const registry = registryFor(db);
  const actor = await actorForUser(sqlOf(db), userId);
  if (!actor) throw new Error(`no active user with id ${userId}`);
  const { secret } = await registry.write((tx) => issueToken(tx, registry.of(AuthToken).model, actor, name));
  return secret;
}
