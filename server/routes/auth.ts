import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { requireActor } from '../auth/authenticate.js';
import { actorForUser } from '../auth/loadActor.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { canWrite, readLevel, type Actor } from '../auth/permissions.js';
import { accountOf, checkThrottle, clearAccount, recordFailure } from '../auth/throttle.js';
import { issueToken, TOKEN_COLUMNS, tokenView } from '../auth/tokens.js';
import type { MountedResource, Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { validateBody } from '../crud/validate.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { sqlOf } from '../db/sql.js';
import { PASSWORD_LENGTH } from '../domain/rules.js';
import { AuthToken } from '../entities/AuthToken.js';
import { User } from '../entities/User.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';

const none = new Set<string>();
const loginBody = z.strictObject({ username: z.string().min(1, 'Required.').max(254), password: z.string().min(1, 'Required.').max(200) });
const passwordBody = z.strictObject({
  current_password: z.string().min(1, 'Required.').max(200),
  new_password: z
    .string()
    .min(PASSWORD_LENGTH.min, `At least ${PASSWORD_LENGTH.min} characters.`)
    .max(PASSWORD_LENGTH.max, `At most ${PASSWORD_LENGTH.max} characters.`),
});
const tokenBody = z.strictObject({
  name: z.string().trim().min(1, 'Required.').max(100, 'At most 100 characters.'),
  expires: z.iso
    .datetime({ offset: true, error: 'An ISO 8601 date and time with a time zone.' })
    .nullable()
    .optional()
    .refine((v) => !v || Date.parse(v) > Date.now(), 'Must be in the future.'),
});

let dummyHash: Promise<string> | undefined;

/** The body of login and me: who you are, what you may do, and the CSRF token for writes. */
function profile(actor: Actor, mounted: readonly MountedResource[], csrfToken: string | undefined) {
  const resources = Object.fromEntries(
    mounted.map(({ model }) => {
      const level = readLevel(actor, model.options.access);
      return [
        model.name,
        { read: level === 'none' ? false : level, write: canWrite(actor, model.options.access) && model.operations.has('update') },
      ];
    }),
  );
  return {
    id: actor.id,
    username: actor.username,
    email: actor.email,
    first_name: actor.first_name,
    last_name: actor.last_name,
    is_superuser: actor.isSuperuser,
    roles: actor.roles,
    permissions: { resources },
    csrf_token: csrfToken ?? null,
  };
}

const regenerate = (req: Request) => new Promise<void>((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
const save = (req: Request) => new Promise<void>((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));

/** Sign-in, sign-out, the current user, one's own password and API tokens. */
export function authRouter(registry: Registry): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const mounted = registry.resources;
  const users = registry.of(User).model;
  const tokens = registry.of(AuthToken).model;

  router.post('/login', async (req, res) => {
    const body = validateBody(loginBody, req.body, none);
    // Usernames are stored NFKC-normalised (docs/api.md, Value rules): a name typed in another form finds its account.
    const username = body.username.normalize('NFKC');
    const { password } = body;
    const address = req.ip ?? 'unknown';
    const [user] = await sql.query<{ id: number; password_hash: string }>(
      `SELECT id, password_hash FROM users WHERE is_active AND (lower(username) = lower($1) OR lower(email) = lower($1))`,
      [username],
    );
    const account = accountOf(user?.id, username);
    await checkThrottle(sql, account, address);
    // Unknown names cost an argon2 verification too, so timing does not tell them apart.
    const ok = await verifyPassword(user?.password_hash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))), password);
    if (!user || !ok) {
      await recordFailure(sql, account, address);
      throw new HttpError(401, 'Wrong username or password.');
    }
    await clearAccount(sql, account);
    await regenerate(req); // a new session id at every sign-in: no fixation
    req.session.userId = user.id;
    req.session.csrfToken = randomBytes(32).toString('base64url');
    await save(req);
    await sql.query('UPDATE sessions SET user_id = $1 WHERE sid = $2', [user.id, req.sessionID]);
    res.json(profile((await actorForUser(sql, user.id))!, mounted, req.session.csrfToken));
  });

  router.get('/me', requireActor, (req, res) => res.json(profile(actorOf(res), mounted, req.session?.csrfToken)));

  // The admin's probe before sign-in: nobody signed in is an answer, not an error, so the sign-in page logs no failed request.
  router.get('/session', (req, res) => {
    const actor = res.locals.actor as Actor | undefined;
    res.json(actor ? { authenticated: true, profile: profile(actor, mounted, req.session?.csrfToken) } : { authenticated: false });
  });

  router.post('/logout', async (req, res) => {
    if (req.session) await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie('pyorg.sid', { path: '/' }).status(204).end();
  });

  router.put('/password', requireActor, async (req, res) => {
    const body = validateBody(passwordBody, req.body, none);
    const actor = actorOf(res);
    const [row] = await sql.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [actor.id]);
    if (!(await verifyPassword(row.password_hash, body.current_password))) {
      throw new HttpError(422, 'The current password is not right.', { current_password: 'Not your current password.' });
    }
    await registry.write(async (tx) => {
      // Users change their own password only, whatever their roles: the route checked who they are.
      await writeRecord(tx, users, {
        operation: 'update',
        actor,
        id: actor.id,
        input: { password: body.new_password },
        accessChecked: true,
      });
      // A changed password ends every other session of the user.
      await tx.sql.query('DELETE FROM sessions WHERE user_id = $1 AND sid IS DISTINCT FROM $2', [actor.id, req.sessionID ?? null]);
    });
    res.status(204).end();
  });

  router.get('/tokens', requireActor, async (_req, res) => {
    res.json(
      await sql.query(`SELECT ${TOKEN_COLUMNS} FROM auth_tokens WHERE user_id = $1 ORDER BY created DESC, id DESC`, [actorOf(res).id]),
    );
  });

  router.post('/tokens', requireActor, async (req, res) => {
    const body = validateBody(tokenBody, req.body, none);
    const actor = actorOf(res);
    const { row, secret } = await registry.write((tx) => issueToken(tx, tokens, actor, body.name, body.expires ?? null));
    // The only time the secret is ever shown.
    res.status(201).json({ ...row, token: secret });
  });

  router.delete('/tokens/:id', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const removed = await registry.write(async (tx) => {
      const [own] = await tx.sql.query<{ id: number }>('SELECT id FROM auth_tokens WHERE id = $1 AND user_id = $2', [id, actor.id]);
      if (!own) throw new HttpError(404, 'You have no token with this id.');
      return writeRecord(tx, tokens, { operation: 'delete', actor, id: own.id, accessChecked: true });
    });
    res.json(tokenView(removed));
  });
  return router;
}
