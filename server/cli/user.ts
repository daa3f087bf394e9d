/**
 * npm run user -- create <username> <email> [--superuser] [--role content_editor ...]   (password from USER_PASSWORD or a prompt)
 * npm run user -- set-password <username>                                                (likewise)
 * npm run user -- promote <username>                                                     make a superuser
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createUser, promoteToSuperuser, setPassword } from '../seed/users.js';
import { ROLE_SLUGS, type RoleSlug } from '../domain/enums.js';
import { PASSWORD_LENGTH } from '../domain/rules.js';
import { runCommand } from './runCommand.js';

async function password(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password (at least 10 characters): ');
  } finally {
    rl.close();
  }
}

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { superuser: { type: 'boolean', default: false }, role: { type: 'string', multiple: true, default: [] } },
});
const [command, username, email] = positionals;
const roles = values.role as string[];
const unknown = roles.find((r) => !ROLE_SLUGS.includes(r as RoleSlug));
if (unknown) usage(`Unknown role "${unknown}"; roles are ${ROLE_SLUGS.join(', ')}.`);
if (!['create', 'set-password', 'promote'].includes(command ?? '') || !username || (command === 'create' && !email)) {
  usage('Usage: npm run user -- create <username> <email> [--superuser] [--role <slug>] | set-password <username> | promote <username>');
}
const secret = command === 'promote' ? '' : await password();
if (command !== 'promote' && secret.length < PASSWORD_LENGTH.min) usage(`The password needs at least ${PASSWORD_LENGTH.min} characters.`);

runCommand(async (db) => {
  await db.runMigrations();
  if (command === 'create') {
    const id = await createUser(db, { username, email, password: secret, superuser: values.superuser, roles: roles as RoleSlug[] });
    console.log(`Created user ${username} (id ${id}).`);
  } else if (command === 'set-password') {
    if (!(await setPassword(db, username, secret))) throw new Error(`No user named ${username}.`);
    console.log(`Password of ${username} changed; their sessions are ended.`);
  } else {
    if (!(await promoteToSuperuser(db, username))) throw new Error(`No user named ${username}.`);
    console.log(`${username} is now a superuser.`);
  }
  return 0;
});
