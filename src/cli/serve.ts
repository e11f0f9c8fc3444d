import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { allowedHosts, hostName, LOOPBACK_HOSTS } from '../server/hosts.js';
import { plural } from '../report/markdown.js';
import { openSqliteStore } from '../store/sqlite.js';
import { placeUnplaced } from '../pipeline/link-into-store.js';
import { printable } from '../text/printable.js';


/** Serves the store until the process is stopped; beyond loopback every request needs a token. */
export async function serveStore(options: { db: string; host: string; port: string; token?: string; allowHost?: string }): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${options.port} is not a port number`);
  let token = options.token ?? process.env.TRIANGULATE_TOKEN ?? null;
  // On a loopback address only this machine can connect, so no token is needed.
  if (!token && !LOOPBACK_HOSTS.includes(hostName(options.host) ?? '')) token = randomBytes(18).toString('base64url');
  const store = openSqliteStore(options.db);
  const placed = await placeUnplaced(store, (problem) => console.error(printable(`${problem.source}: ${problem.message}`)));
  if (placed > 0) console.error(`placed ${plural(placed, 'stored document')} in stories`);
  const app = createApp({ store, token, hosts: allowedHosts(options.host, options.allowHost?.split(',') ?? []) });
  const server = serve({ fetch: app.fetch, hostname: options.host, port }, (info) => {
    const url = `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/`;
    console.error(`serving ${options.db} at ${token ? `${url}?token=${token}` : url} (Ctrl-C stops)`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with --port` : error.code === 'EACCES' ? `no permission to listen on ${options.host}:${port}` : error.message;
    console.error(`cannot serve: ${reason}`);
    store.close();
    process.exitCode = 1;
  });
  const stop = () => server.close(() => store.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
