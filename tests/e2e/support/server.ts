/** A static server for tests/fixtures/site on 127.0.0.1 with an ephemeral port; logs every request. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const SITE_ROOT = path.resolve('tests/fixtures/site');

export interface SiteServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export async function startSite(root = SITE_ROOT, extra: Record<string, string> = {}): Promise<SiteServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (extra[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra[url.pathname]);
      return;
    }
    const file = path.join(root, path.normalize(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
