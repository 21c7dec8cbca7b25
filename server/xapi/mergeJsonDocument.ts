import { badRequest } from './xapiError.ts';

const isJsonType = (contentType: string) => /^application\/json\b/i.test(contentType.trim());

function parseObject(content: Uint8Array, which: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(content).toString('utf8'));
  } catch {
    throw badRequest(`Cannot merge: the ${which} document is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest(`Cannot merge: the ${which} document is not a JSON object.`);
  return value as Record<string, unknown>;
}

/**
 * The JSON merge of a POSTed document into an existing one (spec: Document Resources, JSON Procedure):
 * both must be application/json objects (else 400); top-level properties of the posted one replace the
 * existing ones.
 */
export function mergeJsonDocument(
  existing: { contentType: string; content: Uint8Array },
  posted: { contentType: string; content: Uint8Array },
): Uint8Array {
  if (!isJsonType(existing.contentType) || !isJsonType(posted.contentType)) {
    throw badRequest(
      'Cannot merge: POST merges JSON objects, and both the stored and the posted document must be application/json. Use PUT to replace a document.',
    );
  }
  const merged = { ...parseObject(existing.content, 'stored'), ...parseObject(posted.content, 'posted') };
  return Buffer.from(JSON.stringify(merged));
}

/** Whether a Content-Type is JSON. */
export { isJsonType };
