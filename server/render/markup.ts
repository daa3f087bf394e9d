import type { MarkupType } from '../domain/enums.js';
import { LONG_TEXT_MAX_LENGTH } from '../domain/rules.js';
import { HttpError } from '../http/errors.js';
import { RENDER_LIMITS, renderQueue } from './pool.js';
import { QueueError } from './queue.js';

/** The longest text rendered: the longest searchable text a record may hold (python.org's longest pages are tens of kB). */
export const MAX_MARKUP_LENGTH = LONG_TEXT_MAX_LENGTH;

const NAMES: Record<MarkupType, string> = { rst: 'reStructuredText', markdown: 'Markdown', html: 'HTML', text: 'text' };

/** The compiler's first line, and where it happened: its full message dumps internal node trees. */
function errorSentence(message: string): string {
  const line = /\(line:(\d+)/.exec(message)?.[1];
  return `reStructuredText error: ${message.split('\n')[0].trim()}${line ? ` (line ${line})` : ''}.`;
}

const retryAfter = Math.ceil(RENDER_LIMITS.timeoutMs / 1000);

function refusal(error: unknown, type: MarkupType): unknown {
  const name = NAMES[type];
  if (error instanceof QueueError) {
    switch (error.reason) {
      case 'owner-full':
        return new HttpError(429, `You have ${RENDER_LIMITS.perOwner} previews rendering already: wait for one to finish.`, undefined, {
          retry_after: retryAfter,
        });
      case 'busy':
        return new HttpError(503, 'Too many previews are rendering right now: try again in a moment.', undefined, {
          retry_after: retryAfter,
        });
      case 'timeout':
        return new HttpError(422, `The ${name} took too long to render.`, {
          content: `Rendering took over ${RENDER_LIMITS.timeoutMs / 1000} s: simplify the markup or split the text.`,
        });
      case 'cancelled':
        return error;
    }
  }
  if ((error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new HttpError(422, `The ${name} is too large to render.`, {
      content: 'Rendering ran out of memory: simplify the markup or split the text.',
    });
  return error;
}

export interface RenderOptions {
  /** Whose render this is (a user): each has at most RENDER_LIMITS.perOwner waiting or running. None: no per-user bound. */
  owner?: string;
  /** Aborted when the result is no longer wanted (the client went away): the render leaves the queue or is stopped. */
  signal?: AbortSignal;
}

/**
 * Markup of a page, box, job or release as sanitised HTML; no database, no request. Rendering and
 * sanitising run on the render threads (pool.ts), never on the main thread. 422 for markup that
 * does not render, is longer than MAX_MARKUP_LENGTH, runs past the time limit or out of memory;
 * 429 when the owner has too many renders pending, 503 when everyone together has; a QueueError
 * 'cancelled' when `signal` aborted.
 */
export async function renderMarkup(type: MarkupType, content: string, options: RenderOptions = {}): Promise<string> {
  if (content.length > MAX_MARKUP_LENGTH)
    throw new HttpError(422, `The ${NAMES[type]} is too long to render.`, { content: `At most ${MAX_MARKUP_LENGTH} characters.` });
  let reply;
  try {
    reply = await renderQueue.submit(options.owner, { type, content }, options.signal);
  } catch (error) {
    throw refusal(error, type);
  }
  if ('html' in reply) return reply.html;
  throw new HttpError(422, 'The reStructuredText could not be rendered.', { content: errorSentence(reply.rstError) });
}
