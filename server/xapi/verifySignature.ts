import { X509Certificate } from 'node:crypto';
import { compactVerify, decodeJwt, decodeProtectedHeader, errors } from 'jose';
import { z } from 'zod';
import type { AttachmentData } from '../storage/repository.ts';
import { isSameStatement } from './compareStatements.ts';
import { badRequest } from './xapiError.ts';
import type { StatementJson } from './xapiTypes.ts';
import { SIGNATURE_USAGE } from './xapiTypes.ts';

const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

const jwsHeader = z.looseObject({ alg: z.string(), x5c: z.array(z.string()).min(1).optional() });
const jwsPayload = z.looseObject({}).transform((p) => p as unknown as StatementJson);

/** The public key of an x5c certificate (base64 DER), or a 400 when it is not a certificate. */
function certificateKey(der: string, where: string) {
  try {
    return new X509Certificate(Buffer.from(der, 'base64')).publicKey;
  } catch {
    throw badRequest(`${where}: the signature's x5c[0] is not an X.509 certificate (base64 DER).`);
  }
}

/**
 * Validates a signed statement (spec: Signed Statements; the JWS is decoded and verified by jose): its
 * signature attachment is a JWS in compact form with an RS256/384/512 algorithm, whose payload is the statement itself (compared by the
 * Statement Comparison Requirements, without attachments); when the JWS header carries an x5c
 * certificate chain, the signature is checked against the first certificate's key. Anything
 * malformed (header or payload not a JSON object, x5c not a certificate) is a 400.
 */
export async function verifySignature(statement: StatementJson, parts: AttachmentData[], where: string): Promise<void> {
  const signatures = (statement.attachments ?? []).filter((a) => a.usageType === SIGNATURE_USAGE);
  if (signatures.length === 0) return;
  if (signatures.length > 1)
    throw badRequest(`${where}: a signed statement has one signature attachment, not ${signatures.length}.`);
  const signature = signatures[0]!;
  if (signature.contentType !== 'application/octet-stream')
    throw badRequest(`${where}: the signature attachment's contentType must be application/octet-stream.`);
  const part = parts.find((p) => p.sha2 === signature.sha2);
  if (part === undefined) throw badRequest(`${where}: the signature attachment must be sent as a multipart part.`);
  const jws = Buffer.from(part.content).toString('utf8').trim();
  if (jws.split('.').length !== 3) throw badRequest(`${where}: the signature is not a JWS in compact serialization.`);
  let rawHeader: unknown;
  let rawPayload: unknown;
  try {
    rawHeader = decodeProtectedHeader(jws);
    rawPayload = decodeJwt(jws);
  } catch {
    throw badRequest(
      `${where}: the signature's JWS header and payload must be base64url JSON objects (the payload the statement itself).`,
    );
  }
  const parsedHeader = jwsHeader.safeParse(rawHeader);
  if (!parsedHeader.success)
    throw badRequest(
      `${where}: the signature's JWS header must be a JSON object with "alg" (and "x5c" an array of certificates), got ${JSON.stringify(rawHeader)?.slice(0, 80)}.`,
    );
  const parsedPayload = jwsPayload.safeParse(rawPayload);
  if (!parsedPayload.success)
    throw badRequest(
      `${where}: the signature's JWS payload must be the statement as a JSON object, got ${JSON.stringify(rawPayload)?.slice(0, 80)}.`,
    );
  const header = parsedHeader.data;
  const payload = parsedPayload.data;
  if (!ALGORITHMS.includes(header.alg))
    throw badRequest(`${where}: the signature must use RS256, RS384 or RS512, not ${String(header.alg)}.`);
  const { attachments: _a, ...unsigned } = statement;
  const { attachments: _b, ...signed } = payload;
  if (
    !isSameStatement(unsigned as StatementJson, signed as StatementJson) ||
    (payload.id !== undefined && String(payload.id).toLowerCase() !== statement.id?.toLowerCase())
  ) {
    throw badRequest(`${where}: the signed payload does not match the statement.`);
  }
  const certificate = header.x5c?.[0];
  if (certificate !== undefined) {
    try {
      await compactVerify(jws, certificateKey(certificate, where), { algorithms: ALGORITHMS });
    } catch (error) {
      if (!(error instanceof errors.JOSEError)) throw error;
      throw badRequest(`${where}: the JWS signature does not verify against its x5c certificate.`);
    }
  }
}
