import { hashPassword } from '../auth/passwords.js';
import { defineResource } from '../crud/resource.js';
import { AuditLog } from '../entities/AuditLog.js';
import { AuthToken } from '../entities/AuthToken.js';
import { Membership } from '../entities/Membership.js';
import { Role } from '../entities/Role.js';
import { User } from '../entities/User.js';
import { PASSWORD_LENGTH } from '../domain/rules.js';

export const users = defineResource(User, {
  access: {
    read: 'superuser',
    write: 'superuser',
    limitedRead: { rule: 'any-role', fields: ['id', 'username', 'first_name', 'last_name'] },
  },
  quickSearch: 'username',
  filters: ['username', 'email', 'is_active', 'is_staff', 'is_superuser', 'created'],
  sort: ['username', 'email', 'last_name', 'created'],
  defaultSort: ['username', 'ASC'],
  secret: ['password_hash'],
  writeOnly: {
    password: {
      minLength: PASSWORD_LENGTH.min,
      maxLength: PASSWORD_LENGTH.max,
      requiredOnCreate: true,
      toColumns: async (p) => ({ password_hash: await hashPassword(p) }),
    },
  },
});

/** The roles are a fixed set (the code checks their slugs): names and descriptions can be edited, nothing else. */
export const roles = defineResource(Role, {
  access: { read: 'superuser', write: 'superuser' },
  quickSearch: 'name',
  readOnly: ['slug'],
  operations: ['list', 'get', 'update'],
  filters: ['slug'],
  sort: ['name', 'slug'],
  defaultSort: ['name', 'ASC'],
});

export const memberships = defineResource(Membership, {
  access: { read: ['content_editor'], write: ['content_editor'] },
  quickSearch: 'legal_name',
  filters: ['creator_id', 'membership_type', 'votes', 'psf_announcements', 'country', 'created'],
  sort: ['legal_name', 'preferred_name', 'membership_type', 'created', 'last_vote_affirmation'],
  defaultSort: ['created', 'DESC'],
  constraintMessages: { REL_9b98b4cbb463f74474f3930001: 'This user already has a membership.' },
});

/** Tokens are issued by the sign-in endpoints (the secret is shown once); here they are listed and revoked. */
export const authTokens = defineResource(AuthToken, {
  access: { read: 'superuser', write: 'superuser' },
  filters: ['user_id', 'expires', 'last_used'],
  sort: ['created', 'name', 'last_used', 'expires'],
  defaultSort: ['created', 'DESC'],
  secret: ['token_hash'],
  operations: ['list', 'get', 'delete'],
});

export const auditLog = defineResource(AuditLog, {
  access: { read: 'any-role' },
  filters: ['resource', 'record_id', 'actor_id', 'action', 'created'],
  sort: ['created'],
  defaultSort: ['created', 'DESC'],
  path: 'audit-log',
  operations: ['list', 'get'],
  // Entries of a resource are as private as the resource: only its full readers see them.
  scope: (_actor, readable) => ({ column: 'resource', values: [...readable] }),
});
