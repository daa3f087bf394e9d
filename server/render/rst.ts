import { Worker } from 'node:worker_threads';
import { HttpError } from '../http/errors.js';

/**
 * rst-compiler is pure JavaScript but, as its README warns, leans on backtracking regular
 * expressions: some inputs take time quadratic in their length (60 kB of "*a " ran 20 s).
 * On the main thread that would stall every request, so it runs in a worker that is
 * terminated, and replaced on the next call, when a document takes longer than this.
 */
export const RST_TIMEOUT_MS = 3000;

// Plain CommonJS evaluated in the worker: no TypeScript file to locate in both tsx and dist.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const compiler = import(workerData.compilerUrl).then((m) => m.RstToHtmlCompiler);
parentPort.on('message', async (content) => {
  const Compiler = await compiler;
  try {
    parentPort.postMessage({ html: new Compiler().compile(content).body });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});`;

interface Reply {
  html?: string;
  error?: string;
}

let worker: Worker | undefined;
// One document at a time: the worker answers in order and a timeout kills only its own call.
let queue: Promise<unknown> = Promise.resolve();

function spawn(): Worker {
  const spawned = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { compilerUrl: import.meta.resolve('rst-compiler') },
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  spawned.unref(); // an idle worker must not keep the process (or a test run) alive
  // Always listened to: an 'error' with no listener, between two calls, would crash the server.
  const forget = () => {
    if (worker === spawned) worker = undefined;
  };
  spawned.on('error', forget);
  spawned.on('exit', forget);
  return spawned;
}

/** The compiler's first line, and where it happened: its full message dumps internal node trees. */
function errorSentence(message: string): string {
  const line = /\(line:(\d+)/.exec(message)?.[1];
  return `reStructuredText error: ${message.split('\n')[0].trim()}${line ? ` (line ${line})` : ''}.`;
}

function compileOnce(content: string): Promise<string> {
  const current = (worker ??= spawn());
  return new Promise<string>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
    };
    const onMessage = (reply: Reply) => {
      settle();
      if (reply.error === undefined) resolve(reply.html ?? '');
      else reject(new HttpError(422, 'The reStructuredText could not be rendered.', { content: errorSentence(reply.error) }));
    };
    const onError = (error: Error & { code?: string }) => {
      settle();
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return reject(error);
      reject(
        new HttpError(422, 'The reStructuredText is too large to render.', {
          content: 'Rendering ran out of memory: simplify the markup or split the text.',
        }),
      );
    };
    const timer = setTimeout(() => {
      settle();
      if (worker === current) worker = undefined;
      void current.terminate();
      reject(
        new HttpError(422, 'The reStructuredText took too long to render.', {
          content: `Rendering took over ${RST_TIMEOUT_MS / 1000} s: simplify the markup or split the text.`,
        }),
      );
    }, RST_TIMEOUT_MS);
    current.on('message', onMessage);
    current.on('error', onError);
    current.postMessage(content);
  });
}

/** reStructuredText to (unsanitised) HTML; malformed markup and runaway documents are 422s. */
export function rstToHtml(content: string): Promise<string> {
  const run = queue.then(() => compileOnce(content));
  queue = run.catch(() => undefined);
  return run;
}
