import { Router } from 'express';
import { readLevel } from '../auth/permissions.js';
import { mayWrite } from '../crud/access.js';
import { readOne } from '../crud/reads.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import type { Row } from '../crud/types.js';
import { validateBody } from '../crud/validate.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { sqlOf } from '../db/sql.js';
import { Webhook } from '../entities/Webhook.js';
import { WebhookDelivery } from '../entities/WebhookDelivery.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { deliverClaimed, type Claimed, type DeliverySettings } from './deliver.js';
import { eventTypes } from './eventTypes.js';
import { newMessageId, newSecret, secretProblem } from './secrets.js';

/**
 * What webhooks need beyond CRUD: creating one (its generated secret is in this answer and no other),
 * rotating the secret, a test event, replaying a delivery, and the list of event types.
 */
export function webhooksRouter(registry: Registry, settings: DeliverySettings): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const webhooks = registry.of(Webhook);
  const deliveries = registry.of(WebhookDelivery).model;
  const { model, schemas } = webhooks;
  const mayRead = (res: Parameters<typeof actorOf>[0]) => {
    if (readLevel(actorOf(res), model.options.access) !== 'full') throw new HttpError(403, 'Your roles do not allow reading webhooks.');
  };

  router.get('/webhooks/event-types', (_req, res) => {
    mayRead(res);
    res.json(eventTypes());
  });

  router.post('/webhooks', async (req, res) => {
    const actor = actorOf(res);
    mayWrite(model, actor);
    const input = validateBody(schemas.create, req.body, schemas.ignoredOnCreate) as Row;
    const kind = (input.kind as string | undefined) ?? 'webhook';
    let generated: string | undefined;
    if (kind === 'webhook') {
      if (typeof input.token === 'string') {
        const problem = secretProblem(input.token);
        if (problem) throw new HttpError(422, `Please correct token. ${problem}`, { token: problem });
      } else input.token = generated = newSecret();
    } else if (typeof input.token !== 'string') {
      throw new HttpError(422, 'Please correct token.', { token: 'Required for a CDN purge target: its API token.' });
    }
    const created = await registry.write((tx) => writeRecord(tx, model, { operation: 'create', actor, input: { ...input, kind } }));
    res
      .status(201)
      .location(`/api/webhooks/${String(created.id)}`)
      .json({ ...created, ...(generated && { secret: generated }) });
  });

  router.post('/webhooks/:id/rotate-secret', async (req, res) => {
    const actor = actorOf(res);
    mayWrite(model, actor);
    const id = recordId(req);
    const secret = newSecret();
    const body = (req.body ?? {}) as Row;
    await registry.write(async (tx) => {
      const [old] = await tx.sql.query<{ secret: string; kind: string }>(`SELECT secret, kind FROM webhooks WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!old) throw new HttpError(404, 'No such record.');
      if (old.kind !== 'webhook')
        throw new HttpError(409, 'A CDN purge target has a token, not a signing secret: set a new token instead.');
      const input: Row = { token: secret, ...(typeof body.row_version === 'number' && { row_version: body.row_version }) };
      await writeRecord(tx, model, { operation: 'update', actor, id, input });
      // The old secret signs too for a while: receivers switch over without missing a delivery.
      await tx.sql.query(
        `UPDATE webhooks SET previous_secret = $2, previous_secret_expires = now() + make_interval(hours => $3) WHERE id = $1`,
        [id, old.secret, settings.secretOverlapHours],
      );
    });
    res.json({ ...(await readOne(sql, model, actor, id)), secret });
  });

  router.post('/webhooks/:id/test', async (req, res) => {
    const actor = actorOf(res);
    mayWrite(model, actor);
    const id = recordId(req);
    const [hook] = await sql.query<{ state: string; kind: string }>(`SELECT state, kind FROM webhooks WHERE id = $1`, [id]);
    if (!hook) throw new HttpError(404, 'No such record.');
    if (hook.state !== 'active') throw new HttpError(409, `This webhook is ${hook.state}: resume it to send a test event.`);
    const at = new Date().toISOString();
    const body =
      hook.kind === 'webhook'
        ? JSON.stringify({ type: 'webhook.test', timestamp: at, data: { webhook: id, sent_by: actor.username } })
        : JSON.stringify({ keys: ['pydotorg-admin-test'] });
    // Claimed as it is made (a lease, like any claim), so this request sends it: the answer says how it went.
    const claimed = await sql.query<Claimed>(
      `INSERT INTO webhook_deliveries (webhook_id, message_id, event_type, resource, record_id, body, status, attempts, next_attempt_at)
       VALUES ($1, $2, $3, 'webhooks', $1, $4, 'delivering', 1, now() + make_interval(secs => $5))
       RETURNING id, webhook_id, message_id, event_type, resource, body, attempts`,
      [id, newMessageId(), hook.kind === 'webhook' ? 'webhook.test' : 'purge', body, settings.leaseSeconds],
    );
    await deliverClaimed(sql, settings, claimed, { delivered: 0, retried: 0, failed: 0 });
    const delivery = await readOne(sql, deliveries, actor, claimed[0].id);
    res.status(201).json(delivery);
  });

  router.post('/webhook-deliveries/:id/replay', async (req, res) => {
    const actor = actorOf(res);
    mayWrite(model, actor);
    const id = recordId(req);
    // Same message id and body: a receiver that did get it can tell. Its tries start over.
    const [replayed] = await sql.query(
      `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = NULL
        WHERE id = $1 AND status IN ('failed', 'delivered') RETURNING id`,
      [id],
    );
    if (!replayed) {
      const [exists] = await sql.query<{ status: string }>(`SELECT status FROM webhook_deliveries WHERE id = $1`, [id]);
      if (!exists) throw new HttpError(404, 'No such record.');
      throw new HttpError(409, `This delivery is ${exists.status}: only a failed or delivered one can be replayed.`);
    }
    await sql.query(`SELECT pg_notify('webhook_deliveries', '')`);
    res.json(await readOne(sql, deliveries, actor, id));
  });
  return router;
}
