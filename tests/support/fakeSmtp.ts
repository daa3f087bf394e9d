import net from 'node:net';

/** A minimal SMTP server that accepts everything and records envelopes and message data. */
export async function fakeSmtpServer() {
  const envelopes: { from: string; to: string[] }[] = [];
  const data: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let envelope = { from: '', to: [] as string[] };
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data.push(buffer.slice(0, end));
          envelopes.push(envelope);
          envelope = { from: '', to: [] };
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-fake\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') {
          envelope.from = /<(.*)>/.exec(line)![1];
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          envelope.to.push(/<(.*)>/.exec(line)![1]);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    envelopes,
    data,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
