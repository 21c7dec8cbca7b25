import type {
  BadgeRecord,
  DevicePairing,
  EnrolmentCode,
  InvitationRecord,
  StatedFunction,
  StoredDocument,
  User,
} from './repository.ts';

/** A result row as both drivers return it: column name → value. */
export type Row = Record<string, unknown>;

/** A `users` row as a User (the agent is stored as JSON text). */
export const toUser = (row: Row): User => ({
  username: String(row.username),
  secretHash: String(row.secret_hash),
  role: row.role as User['role'],
  agent: row.agent === null ? null : JSON.parse(String(row.agent)),
  createdMs: Number(row.created_ms),
  disabled: row.disabled_ms !== null && row.disabled_ms !== undefined,
});

const msOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** An `invitations` row joined with its code's `used_ms` as an InvitationRecord. */
export const toInvitation = (row: Row): InvitationRecord => ({
  id: String(row.id),
  codeHash: String(row.code_hash),
  invitee: String(row.invitee),
  region: String(row.region),
  jobFunction: String(row.job_function),
  createdBy: String(row.created_by),
  createdMs: Number(row.created_ms),
  expiresMs: Number(row.expires_ms),
  revokedMs: msOrNull(row.revoked_ms),
  usedMs: msOrNull(row.used_ms),
  usedBy: row.used_by == null ? null : String(row.used_by),
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

/** A `badges` row as a BadgeRecord. */
export const toBadge = (row: Row): BadgeRecord => ({
  id: String(row.id),
  statusIndex: Number(row.status_index),
  agentKey: String(row.agent_key),
  competency: String(row.competency),
  level: Number(row.level),
  jwt: String(row.jwt),
  issuedMs: Number(row.issued_ms),
  revokedMs: msOrNull(row.revoked_ms),
});

const textOrNull = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** A `device_pairings` row as a DevicePairing. */
export const toPairing = (row: Row): DevicePairing => ({
  id: String(row.id),
  codeHash: String(row.code_hash),
  agent: JSON.parse(String(row.agent)),
  requestedBy: String(row.requested_by),
  createdMs: Number(row.created_ms),
  expiresMs: Number(row.expires_ms),
  claimHash: textOrNull(row.claim_hash),
  device: textOrNull(row.device),
  deviceUsername: textOrNull(row.device_username),
  deviceSecretHash: textOrNull(row.device_secret_hash),
  confirmedMs: msOrNull(row.confirmed_ms),
  declinedMs: msOrNull(row.declined_ms),
});

/** A `stated_functions` row as a StatedFunction. */
export const toStatedFunction = (row: Row): StatedFunction => ({
  agentKey: String(row.agent_key),
  jobFunction: String(row.job_function),
  statedBy: String(row.stated_by),
  statedMs: Number(row.stated_ms),
});
