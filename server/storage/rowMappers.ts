import type { EnrolmentCode, StoredDocument, User } from './repository.ts';

/** A result row as both drivers return it: column name → value. */
export type Row = Record<string, unknown>;

/** A `users` row as a User (the agent is stored as JSON text). */
export const toUser = (row: Row): User => ({
  username: String(row.username),
  secretHash: String(row.secret_hash),
  role: row.role as User['role'],
  agent: row.agent === null ? null : JSON.parse(String(row.agent)),
  createdMs: Number(row.created_ms),
});

/** A `documents` row as a StoredDocument. */
export const toDocument = (row: Row): StoredDocument => ({
  contentType: String(row.content_type),
  content: row.content as Uint8Array,
  etag: String(row.etag),
  updatedMs: Number(row.updated_ms),
});

/** An `enrolment_codes` row as an EnrolmentCode. */
export const toEnrolmentCode = (row: Row): EnrolmentCode => ({
  codeHash: String(row.code_hash),
  issuedBy: String(row.issued_by),
  agent: row.agent === null ? null : JSON.parse(String(row.agent)),
  expiresMs: Number(row.expires_ms),
  addsDevice: row.adds_device === true || Number(row.adds_device) === 1,
});
