import type { AttachmentData } from '../storage/repository.ts';
import { assertJsonDepth } from './assertJsonDepth.ts';
import { multipartBoundary, parseMultipartMixed } from './multipartMixed.ts';
import { badRequest } from './xapiError.ts';

/** The parsed body of a statement PUT/POST: the JSON and any attachment parts (by SHA-2 hash). */
export interface StatementsBody {
  json: unknown;
  attachments: AttachmentData[];
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (bytes === undefined || bytes.length === 0)
    throw badRequest('The request has no body: send a statement (or an array of statements) as JSON.');
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw badRequest(`Malformed JSON: ${(error as Error).message}.`);
  }
}

/**
 * Reads a statement request body by its Content-Type: `application/json`, or `multipart/mixed` whose
 * first part is the JSON and whose other parts are attachments with X-Experience-API-Hash headers
 * (spec: Attachments). Form-encoded bodies (the removed alternate request syntax) are refused.
 */
export function readStatementsBody(
  contentType: string | undefined,
  body: Buffer | undefined,
  maxJsonDepth: number,
): StatementsBody {
  const type = (contentType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return { json: parseJson(body), attachments: [] };
  if (type === 'multipart/mixed') {
    const parts = parseMultipartMixed(body ?? Buffer.alloc(0), multipartBoundary(contentType!));
    const [first, ...rest] = parts;
    if (first === undefined || !/^application\/json\b/i.test(first.headers.get('content-type') ?? '')) {
      throw badRequest(
        'The first part of a multipart/mixed statement request must be the statements, with Content-Type application/json.',
      );
    }
    const attachments = rest.map((part, i) => {
      const sha2 = part.headers.get('x-experience-api-hash');
      if (sha2 === undefined) throw badRequest(`Attachment part ${i + 1} has no X-Experience-API-Hash header.`);
      const encoding = part.headers.get('content-transfer-encoding');
      if (encoding !== undefined && encoding.toLowerCase() !== 'binary')
        throw badRequest(`Attachment part ${i + 1}: Content-Transfer-Encoding must be binary.`);
      return { sha2, contentType: part.headers.get('content-type') ?? 'application/octet-stream', content: part.body };
    });
    assertJsonDepth(first.body, maxJsonDepth, 'The statements part');
    return { json: parseJson(first.body), attachments };
  }
  if (type === 'application/x-www-form-urlencoded') {
    throw badRequest(
      'Form-encoded requests (the alternate request syntax) are not supported: xAPI 2.0 removed them. Send application/json.',
    );
  }
  throw badRequest(`Unsupported Content-Type "${type}" for statements: use application/json or multipart/mixed.`);
}
