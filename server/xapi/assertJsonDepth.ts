import { badRequest } from './xapiError.ts';

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Refuses (400) JSON text nested deeper than `limit` objects/arrays, before it is parsed: deep
 * nesting would otherwise exhaust the stack of every recursive step after JSON.parse. Scans the
 * bytes once, skipping strings; it does not check the JSON is well-formed (JSON.parse does).
 */
export function assertJsonDepth(bytes: Uint8Array, limit: number, what = 'The JSON body'): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit)
        throw badRequest(`${what} is nested more than ${limit} levels deep; flatten it (the limit is MAX_JSON_DEPTH).`);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
}
