import { createHash } from 'node:crypto';
import type { Digest } from '../lib/translation/sourceStamp';

/** The digest translation stamps record: the first 12 hex digits of the text's SHA-256. */
export const sha256Digest: Digest = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);
