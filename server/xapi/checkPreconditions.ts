import { XapiError } from './xapiError.ts';

/** The concurrency headers of a document write. */
export interface Preconditions {
  ifMatch: string | undefined;
  ifNoneMatch: string | undefined;
}

const tags = (header: string) =>
  header.split(',').map((t) =>
    t
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1'),
  );

/**
 * Applies If-Match / If-None-Match to a document write (spec: Concurrency, RFC 7232): a failed
 * precondition is 412; a PUT that must be conditional (`requireForExisting`) over an existing document
 * without either header is 409, telling the client to fetch the ETag and send If-Match; one that must
 * be conditional even for a new document (`requireForNew`: 1.0.3 profiles) is 400 without either.
 */
export function checkPreconditions(
  currentEtag: string | undefined,
  headers: Preconditions,
  requireForExisting: boolean,
  requireForNew = false,
): void {
  const { ifMatch, ifNoneMatch } = headers;
  if (ifMatch !== undefined) {
    const matches = currentEtag !== undefined && (ifMatch.trim() === '*' || tags(ifMatch).includes(currentEtag));
    if (!matches)
      throw new XapiError(
        412,
        'Precondition failed: the document changed (or does not exist) since the ETag in If-Match. GET it again and retry with the new ETag.',
      );
  }
  if (ifNoneMatch !== undefined) {
    const any = ifNoneMatch.trim() === '*';
    if (currentEtag !== undefined && (any || tags(ifNoneMatch).includes(currentEtag))) {
      throw new XapiError(
        412,
        'Precondition failed: If-None-Match says the document should not exist yet, but it does.',
      );
    }
  }
  if (requireForNew && currentEtag === undefined && ifMatch === undefined && ifNoneMatch === undefined) {
    throw new XapiError(
      400,
      'xAPI 1.0.3 requires a precondition on this PUT: send If-None-Match: * to create the document (or If-Match with its ETag to replace it).',
    );
  }
  if (requireForExisting && currentEtag !== undefined && ifMatch === undefined && ifNoneMatch === undefined) {
    throw new XapiError(
      409,
      'This document already exists: GET it to check its current state, then PUT again with its ETag in an If-Match header.',
    );
  }
}
