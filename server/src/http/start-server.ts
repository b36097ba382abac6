import { once } from 'node:events';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RunningServer {
  /** `http://host:port` the server listens on (port 0 resolves to the real port). */
  url: string;
  /**
   * Stops accepting connections and resolves once in-flight requests have been answered; after `timeoutMs`
   * the remaining connections are cut so a stuck client cannot block shutdown forever. Resolves with how many
   * were cut, so a caller says "stopped cleanly" only when that is 0.
   */
  stop(timeoutMs: number): Promise<StopReport>;
}

export interface StopReport {
  /** Connections still open (a request unanswered or a response unsent) when `timeoutMs` ran out. */
  cutConnections: number;
}

/**
 * Listens with `app`. While stopping, responses are sent with `Connection: close` and idle keep-alive
 * sockets are closed as soon as their response finishes, so a stop waits for work, not for client timeouts.
 */
export async function startServer(
  app: RequestListener,
  options: { port: number; host?: string },
): Promise<RunningServer> {
  let stopping = false;
  const server = createServer((req, res) => {
    if (stopping) res.shouldKeepAlive = false;
    res.on('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    app(req, res);
  });
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    stop: (timeoutMs) =>
      new Promise<StopReport>((resolve, reject) => {
        stopping = true;
        let cutConnections = 0;
        const forceClose = setTimeout(() => {
          cutConnections = open.size;
          server.closeAllConnections();
        }, timeoutMs);
        forceClose.unref();
        server.close((error) => {
          clearTimeout(forceClose);
          if (error) reject(error);
          else resolve({ cutConnections });
        });
        server.closeIdleConnections();
      }),
  };
}
