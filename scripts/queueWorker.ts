/**
 * One worker process of `npm run bench:queues`: `ours` runs this project's webhook deliverer, `graphile`
 * a graphile-worker runner whose task makes the same signed POST. Run as a child so the bench can kill
 * it mid-delivery (SIGKILL) and see what becomes of the job.
 */
import { Logger, run } from 'graphile-worker';
import { webhookConfig } from '../server/config.js';
import { signedHeaders } from '../server/webhooks/secrets.js';
import { startDeliverer } from '../server/webhooks/worker.js';

const [kind, databaseUrl, receiver, secret] = process.argv.slice(2);
const concurrency = 16;

if (kind === 'ours') {
  startDeliverer(databaseUrl, { ...webhookConfig({}), leaseSeconds: 5, concurrency, outbound: { allowPrivate: true } });
} else {
  await run({
    connectionString: databaseUrl,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new Logger(() => () => {}),
    taskList: {
      deliver: async (payload) => {
        const { id, body } = payload as { id: string; body: string };
        const res = await fetch(receiver, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedHeaders(id, body, [secret]) },
          body,
        });
        if (!res.ok) throw new Error(`receiver answered ${res.status}`);
      },
    },
  });
}
console.log('worker ready');
