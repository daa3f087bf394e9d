import { randomBytes } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { requireActor } from '../auth/authenticate.js';
import { actorForUser } from '../auth/loadActor.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { canWrite, readLevel, type Actor } from '../auth/permissions.js';
import { checkThrottle, clearAccount, recordFailure } from '../auth/throttle.js';
import { issueToken, TOKEN_COLUMNS } from '../auth/tokens.js';
import { writeAudit } from '../crud/audit.js';
import type { MountedResource } from '../crud/router.js';
import { validateBody } from '../crud/validate.js';
import { sqlOf, transaction } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { PASSWORD_LENGTH } from '../domain/rules.js';

const none = new Set<string>();
const loginBody = z.strictObject({ username: z.string().min(1, 'Required.').max(254), password: z.string().min(1, 'Required.').max(200) });
const passwordBody = z.strictObject({
  current_password: z.string().min(1, 'Required.').max(200),
  new_password: z.string().min(PASSWORD_LENGTH.min, `At least ${PASSWORD_LENGTH.min} characters.`).max(PASSWORD_LENGTH.max, `At most ${PASSWORD_LENGTH.max} characters.`),
});
const tokenBody = z.strictObject({
  name: z.string().trim().min(1, 'Required.').max(100, 'At most 100 characters.'),
  expires: z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time with a time zone.' }).nullable().optional()
    .refine((v) => !v || Date.parse(v) > Date.now(), 'Must be in the future.'),
});

let dummyHash: Promise<string> | undefined;

/** The body of login and me: who you are, what you may do, and the CSRF token for writes. */
function profile(actor: Actor, mounted: MountedResource[], csrfToken: string | undefined) {
  const resources = Object.fromEntries(
    mounted.map(({ model }) => {
      const level = readLevel(actor, model.options.access);
      return [model.name, { read: level === 'none' ? false : level, write: canWrite(actor, model.options.access) && model.operations.has('update') }];
    }),
  );
  return {
    id: actor.id, username: actor.username, email: actor.email, first_name: actor.first_name, last_name: actor.last_name,
    is_superuser: actor.isSuperuser, roles: actor.roles, permissions: { resources }, csrf_token: csrfToken ?? null,
  };
}

const regenerate = (req: Request) => new Promise<void>((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
const save = (req: Request) => new Promise<void>((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
const actorOf = (res: Response) => res.locals.actor as Actor;

/** Sign-in, sign-out, the current user, one's own password and API tokens. */
export function authRouter(db: DataSource, mounted: MountedResource[]): Router {
  const router = Router();
  const sql = sqlOf(db);

  router.post('/login', async (req, res) => {
    const { username, password } = validateBody(loginBody, req.body, none);
    const address = req.ip ?? 'unknown';
    await checkThrottle(sql, username, address);
    const [user] = await sql.query<{ id: number; password_hash: string }>(
      `SELECT id, password_hash FROM users WHERE is_active AND (lower(username) = lower($1) OR lower(email) = lower($1))`,
      [username],
    );
    // Unknown names cost an argon2 verification too, so timing does not tell them apart.
    const ok = await verifyPassword(user?.password_hash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))), password);
    if (!user || !ok) {
      await recordFailure(sql, username, address);
      throw new HttpError(401, 'Wrong username or password.');
    }
    await clearAccount(sql, username);
    await regenerate(req); // a new session id at every sign-in: no fixation
    req.session.userId = user.id;
    req.session.csrfToken = randomBytes(32).toString('base64url');
    await save(req);
    await sql.query('UPDATE sessions SET user_id = $1 WHERE sid = $2', [user.id, req.sessionID]);
    res.json(profile((await actorForUser(sql, user.id))!, mounted, req.session.csrfToken));
  });

  router.get('/me', requireActor, (req, res) => res.json(profile(actorOf(res), mounted, req.session?.csrfToken)));

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
    const hash = await hashPassword(body.new_password);
    await transaction(db, async (tx) => {
      await tx.query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, actor.id]);
      // A changed password ends every other session of the user.
      await tx.query('DELETE FROM sessions WHERE user_id = $1 AND sid IS DISTINCT FROM $2', [actor.id, req.sessionID ?? null]);
      await writeAudit(tx, { actorId: actor.id, tokenId: actor.tokenId, resource: 'users', recordId: actor.id, action: 'update', changes: { password: { new: '(set)' } } });
    });
    res.status(204).end();
  });

  router.get('/tokens', requireActor, async (_req, res) => {
    res.json(await sql.query(`SELECT ${TOKEN_COLUMNS} FROM auth_tokens WHERE user_id = $1 ORDER BY created DESC, id DESC`, [actorOf(res).id]));
  });

  router.post('/tokens', requireActor, async (req, res) => {
    const body = validateBody(tokenBody, req.body, none);
    const actor = actorOf(res);
    const { row, secret } = await transaction(db, async (tx) => {
      const issued = await issueToken(tx, actor.id, body.name, body.expires ?? null);
      await writeAudit(tx, { actorId: actor.id, tokenId: actor.tokenId, resource: 'auth-tokens', recordId: issued.row.id as number, action: 'create', changes: { name: { new: body.name } } });
      return issued;
    });
    // The only time the secret is ever shown.
    res.status(201).json({ ...row, token: secret });
  });

  router.delete('/tokens/:id', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const removed = await transaction(db, async (tx) => {
      const [row] = await tx.query<Record<string, unknown>>(
        `DELETE FROM auth_tokens WHERE id = $1 AND user_id = $2 RETURNING ${TOKEN_COLUMNS}`, [Number(req.params.id) || 0, actor.id],
      );
      if (!row) throw new HttpError(404, 'You have no token with this id.');
      await writeAudit(tx, { actorId: actor.id, tokenId: actor.tokenId, resource: 'auth-tokens', recordId: row.id as number, action: 'delete', changes: { name: { old: row.name } } });
      return row;
    });
    res.json(removed);
  });
  return router;
}
