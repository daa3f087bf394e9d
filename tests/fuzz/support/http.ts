/**
 * A raw HTTP client over node:http: the path, headers and body go out exactly as built (no URL
 * normalisation of `../`, no re-encoding), which supertest's URL handling would not allow.
 */
import http from 'node:http';

export interface RawRequest {
  method: string;
  /** Path and query, already encoded as they should be sent. */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined. */
  json: unknown;
  ms: number;
}

/** The client could not even send this (Node refuses such a path or header): not the server's doing. */
export class Unsendable extends Error {}

export class NoAnswer extends Error {}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export function rawRequest(port: number, request: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let req: http.ClientRequest;
    try {
      const headers: Record<string, string | string[]> = { ...request.headers };
      if (request.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
        headers['content-length'] = String(Buffer.byteLength(request.body));
      }
      req = http.request({ host: '127.0.0.1', port, method: request.method, path: request.path, headers, agent });
    } catch (error) {
      reject(new Unsendable((error as Error).message));
      return;
    }
    const timer = setTimeout(() => {
      req.destroy();
      reject(new NoAnswer(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - started });
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(new NoAnswer(`response broke off: ${error.message}`));
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      // A server that closes the connection on a request it finds too big (413/431) is answering, not failing.
      reject(new NoAnswer(`connection failed: ${error.message}`));
    });
    req.end(request.body);
  });
}
