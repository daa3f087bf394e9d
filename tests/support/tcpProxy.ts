import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Refuses new connections and cuts the open ones: the database is unreachable. */
  cut(): Promise<void>;
  /** Listens again on the same port: the database is back. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP relay between the server and PostgreSQL, so a test can make the database unreachable
 * (as a network fault or a restart would) while the machine's PostgreSQL keeps running.
 */
export async function startTcpProxy(target: { host: string; port: number }, options: { listening?: boolean } = {}): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const probe = net.createServer();
  const port = await new Promise<number>((resolve) =>
    probe.listen(0, '127.0.0.1', () => resolve((probe.address() as net.AddressInfo).port)),
  );
  await new Promise((resolve) => probe.close(resolve));

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const stop = async () => {
    const closing = server && new Promise((resolve) => server!.close(resolve));
    server = undefined;
    for (const socket of sockets) socket.destroy();
    await closing;
  };
  if (options.listening ?? true) await listen();
  return { port, cut: stop, restore: () => (server ? Promise.resolve() : listen()), close: stop };
}
