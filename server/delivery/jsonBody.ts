import type { IncomingMessage } from 'node:http';
import { inputProblem } from '../crud/jsonInput.js';
import { HttpError } from '../http/errors.js';

const LIMIT = 1024 * 1024;
const tooLarge = () => new HttpError(413, 'Request body too large.');

/**
 * A write's JSON body, read whole up to 1 MB: 415 when it says it is not JSON, 413 past the limit,
 * 400 when malformed. Past the limit the rest is read and dropped rather than the socket cut, so the
 * client hears the 413 instead of a reset connection (what body-parser does for the admin's routes).
 */
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type))
    return Promise.reject(new HttpError(415, 'Send the body as JSON (Content-Type: application/json).'));
  // Declared too large: refused unread; Node drops the unread body once the answer is sent.
  if (Number(req.headers['content-length']) > LIMIT) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMIT) chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      req.off('data', onData);
      if (size > LIMIT) return reject(tooLarge());
      try {
        resolve(parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parse(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Malformed request body: not JSON.');
  }
  const problem = inputProblem(value);
  if (problem) throw new HttpError(400, `${problem.field}: ${problem.message}`, { [problem.field]: problem.message });
  return value;
}
