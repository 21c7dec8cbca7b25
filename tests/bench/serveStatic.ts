import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv',
};

/**
 * A static file server for benchmarks, compressing text with gzip as a production host would
 * (so transfer sizes are realistic) and serving everything else, such as Pagefind's
 * pre-compressed chunks, as it is. `extra` answers chosen paths from memory; `onSent` is told the
 * body bytes of every response, whoever asked (a page or its service worker).
 */
export async function serveStatic(
  dir: string,
  extra: Record<string, { type: string; body: string }> = {},
  onSent?: (path: string, bytes: number) => void,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const fixed = extra[path];
    let body: Buffer;
    let type: string;
    if (fixed) {
      body = Buffer.from(fixed.body);
      type = fixed.type;
    } else {
      let file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        onSent?.(path, 9);
        res.writeHead(404).end('Not found');
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const compress = type !== 'application/octet-stream' && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const sent = compress ? gzipSync(body) : body;
    onSent?.(path, sent.length);
    res.end(sent);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}
