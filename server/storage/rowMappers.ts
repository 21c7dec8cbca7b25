import type { StoredDocument, User } from './repository.ts';

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
