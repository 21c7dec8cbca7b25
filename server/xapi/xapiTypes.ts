import { VERBS } from '../../src/lib/progress/xapiIds.ts';

/**
 * Loose JSON shapes the LRS reads from statements after validation. Validation (xapi-validation plus
 * validateStatement's 2.0 rules) guarantees the structure; these types only name what the server reads.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** An Agent or Group as it appears in a statement. */
export interface ActorJson {
  objectType?: 'Agent' | 'Group';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
  member?: ActorJson[];
}

/** A statement once validated (properties the server reads; everything else is kept as received). */
export interface StatementJson {
  id?: string;
  actor: ActorJson;
  verb: { id: string; display?: Record<string, string> };
  object: JsonObject & { objectType?: string; id?: string };
  result?: JsonObject;
  context?: JsonObject;
  timestamp?: string;
  stored?: string;
  authority?: ActorJson;
  version?: string;
  attachments?: AttachmentJson[];
  [key: string]: Json | undefined | ActorJson | AttachmentJson[];
}

/** An attachment's metadata inside a statement. */
export interface AttachmentJson {
  usageType: string;
  display: Record<string, string>;
  description?: Record<string, string>;
  contentType: string;
  length: number;
  sha2: string;
  fileUrl?: string;
}

/** The verb of a statement that voids another. */
export const VOIDED_VERB = VERBS.voided.id;
export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
