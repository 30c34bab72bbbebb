import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import handler from 'serve-handler';

const OUT = resolve(__dirname, '../../../out');

/**
 * out/ served on its own port, where "deploying a new version" is one call: the service worker
 * script then differs by a byte, which is what a real new build looks like to the browser.
 */
export async function startVersionedServer(port: number): Promise<{ url: string; deploy: () => void; stop: () => Promise<void> }> {
  let version = 1;
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/sw.js') {
      res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(`${readFileSync(join(OUT, 'sw.js'), 'utf8')}\n// version ${version}\n`);
      return;
    }
    void handler(req, res, { public: OUT, cleanUrls: true, trailingSlash: true });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => {
      version++;
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
