import { randomBytes } from 'node:crypto';
import { badRequest } from './xapiError.ts';

/** One part of a multipart/mixed body: lower-cased headers and raw bytes. */
export interface Part {
  headers: Map<string, string>;
  body: Buffer;
}

/** The boundary parameter of a multipart Content-Type header. */
export function multipartBoundary(contentType: string): string {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (boundary === undefined) throw badRequest('multipart/mixed requests need a boundary parameter in Content-Type.');
  return boundary;
}

/** Splits a multipart/mixed body (RFC 2046) into its parts; the preamble and epilogue are ignored. */
export function parseMultipartMixed(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let position = body.indexOf(delimiter);
  if (position === -1) throw badRequest('multipart/mixed body has no part with the declared boundary.');
  for (;;) {
    let start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // close delimiter
    start = body.indexOf('\r\n', start);
    if (start === -1) throw badRequest('multipart/mixed body ends inside a delimiter line.');
    start += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), start);
    if (next === -1) throw badRequest('multipart/mixed body has no closing boundary.');
    const raw = body.subarray(start, next);
    const split = raw.indexOf('\r\n\r\n');
    const headerText = split === -1 ? '' : raw.subarray(0, split).toString('utf8');
    const headers = new Map<string, string>();
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    parts.push({
      headers,
      body: split === -1 ? raw.subarray(raw.indexOf('\r\n') === 0 ? 2 : 0) : raw.subarray(split + 4),
    });
    position = next + 2;
  }
  return parts;
}

/** Builds a multipart/mixed body; returns it with its Content-Type header value. */
export function buildMultipartMixed(parts: { headers: Record<string, string>; body: Buffer | string }[]): {
  contentType: string;
  body: Buffer;
} {
  const boundary = `xapi-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = Object.entries(part.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    chunks.push(
      Buffer.from(`--${boundary}\r\n${head}\r\n`),
      Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
