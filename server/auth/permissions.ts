import type { RoleSlug } from '../domain/enums.js';

/** Who a rule admits: superusers always; 'any-role' is anyone holding at least one role. */
export type RoleRule = 'superuser' | 'any-role' | readonly RoleSlug[];

/** Access policy of a resource (docs/api.md, Roles). Superusers may do everything. */
export interface Access {
  /** Who reads every field; default: anyone holding a role. */
  read?: RoleRule;
  /** Who creates, updates and deletes; default: superusers only. */
  write?: RoleRule;
  /** Others who may read only these fields (e.g. users' names, for reference fields). */
  limitedRead?: { rule: RoleRule; fields: readonly string[] };
  /**
   * Anyone signed in may also create records and work on their own (creator_id = them), even
   * without a role: a job's creator. Those who do not read the resource in full see only their own.
   */
  owner?: OwnerRule;
}

/** What owners who are not writers may do with their own records. */
export interface OwnerRule {
  /** They update their records only while this column holds one of these values (409 otherwise). */
  editableWhile?: { field: string; values: readonly string[] };
  /** Fields only writers set; ignored in an owner's body, like read-only fields. */
  readOnly?: readonly string[];
  /** Columns set to the owner's user id when they create a record. */
  stamp?: readonly string[];
}

/** The signed-in user a request acts for. */
export interface Actor {
  id: number;
  username: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  isSuperuser: boolean;
  roles: RoleSlug[];
  /** Set when the request authenticated with an API token rather than a session. */
  tokenId: number | null;
}

export function admits(actor: Actor, rule: RoleRule): boolean {
  if (actor.isSuperuser) return true;
  if (rule === 'superuser') return false;
  if (rule === 'any-role') return actor.roles.length > 0;
  return rule.some((role) => actor.roles.includes(role));
}

export type ReadLevel = 'full' | 'limited' | 'none';

export function readLevel(actor: Actor, access: Access = {}): ReadLevel {
  if (admits(actor, access.read ?? 'any-role')) return 'full';
  if (access.limitedRead && admits(actor, access.limitedRead.rule)) return 'limited';
  return 'none';
}

export function canWrite(actor: Actor, access: Access = {}): boolean {
  return admits(actor, access.write ?? 'superuser');
}
