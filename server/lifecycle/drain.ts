import type { Server } from 'node:http';

/**
 * Stops accepting connections and waits for the requests in progress, at most `timeoutMs`;
 * then cuts the connections still open. Node closes idle keep-alive connections on close();
 * busy ones are told to close after their response (see closeWhenStopping). Resolves with how
 * many connections had to be cut.
 */
export function drain(server: Server, timeoutMs: number): Promise<number> {
  if (!server.listening) return Promise.resolve(0);
  return new Promise((resolve) => {
    let cut = 0;
    const timer = setTimeout(() => {
      server.getConnections((_error, count) => {
        cut = count;
        server.closeAllConnections();
      });
    }, timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve(cut);
    });
  });
}
