import { readFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { generate } from 'selfsigned';
import { sitesDir } from './paths';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /** Every host and path requested, so that tests can prove nothing else was asked for. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/sites/<host>/ over HTTPS for whatever host name the browser
 * was told maps to this server, so that the unmodified production build sees its
 * real host names (https://mail.google.com/...). A path ending in / or whose base name
 * has no file extension (an app route such as /lightning/r/Contact/<id>/view) serves
 * index.html; any other path serves the file of that base name.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, algorithm: 'sha256' });
  const requests: FixtureServer['requests'] = [];
  const server = https.createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://fixture');
    requests.push({ host, path: url.pathname });
    const isRoute = url.pathname.endsWith('/') || path.extname(url.pathname) === '';
    const name = isRoute ? 'index.html' : path.basename(url.pathname);
    const file = path.join(sitesDir, path.basename(host), name);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture ${host}${url.pathname}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
