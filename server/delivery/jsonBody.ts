import type { IncomingMessage } from 'node:http';
import { inputProblem } from '../crud/jsonInput.js';
import { HttpError } from '../http/errors.js';

const LIMIT = 1024 * 1024;

/** A write's JSON body, read whole up to 1 MB: 415 when it says it is not JSON, 413 past the limit, 400 when malformed. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'Send the body as JSON (Content-Type: application/json).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMIT) throw new HttpError(413, 'Request body too large.');
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Malformed request body: not JSON.');
  }
  const problem = inputProblem(value);
  if (problem) throw new HttpError(400, `${problem.field}: ${problem.message}`, { [problem.field]: problem.message });
  return value;
}
