import { createHash } from 'node:crypto';

/** A document's ETag value: the lowercase hex SHA-1 of its contents (spec: Concurrency). */
export function documentEtag(content: Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}
