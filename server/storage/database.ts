import type { ColumnType, Generated } from 'kysely';

/**
 * A flag column: BOOLEAN on PostgreSQL, INTEGER 0/1 on SQLite (which has no boolean type). Written
 * as a boolean (the SQLite driver binds it as 0/1); read back as whichever the database returns.
 */
type Flag = ColumnType<boolean | number, boolean | undefined, boolean>;

/** One stored statement; `seq` is the time-ordered id that statement paging follows. */
export interface StatementsTable {
  seq: Generated<number>;
  id: string;
  stored_ms: number;
  verb_id: string;
  registration: string | null;
  target_id: string | null;
  voids: Flag;
  voided: Flag;
  body: string;
}

/** Index entries: which agents (`direct` or `related`) a statement speaks about. */
export interface StatementAgentsTable {
  agent_key: string;
  relation: string;
  seq: number;
}

/** Index entries: which activities (`direct` or `related`) a statement speaks about. */
export interface StatementActivitiesTable {
  activity_id: string;
  relation: string;
  seq: number;
}

/** Every stored table, by name: the type Kysely checks each query against. */
export interface Database {
  schema_migrations: { version: number; name: string; applied_ms: number };
  statements: StatementsTable;
  statement_agents: StatementAgentsTable;
  statement_activities: StatementActivitiesTable;
  statement_attachments: { seq: number; sha2: string };
  attachments: { sha2: string; content_type: string; content: Uint8Array };
  activities: { id: string; definition: string };
  agent_names: { agent_key: string; name: string };
  documents: {
    kind: string;
    activity_id: string;
    agent_key: string;
    registration: string;
    doc_id: string;
    content_type: string;
    content: Uint8Array;
    etag: string;
    updated_ms: number;
  };
  users: {
    username: string;
    secret_hash: string;
    role: string;
    agent: string | null;
    created_ms: number;
    disabled_ms: ColumnType<number | null, number | null | undefined, number | null>;
  };
  sessions: { id_hash: string; username: string; created_ms: number; expires_ms: number };
  invitations: {
    id: string;
    code_hash: string;
    invitee: string;
    region: string;
    job_function: string;
    created_by: string;
    created_ms: number;
    expires_ms: number;
    revoked_ms: number | null;
  };
  enrolment_codes: {
    code_hash: string;
    issued_by: string;
    agent: string | null;
    expires_ms: number;
    used_ms: number | null;
    used_by: string | null;
    adds_device: Flag;
  };
  /** The Open Badges issuer's signing key pair (JWK JSON); the private key never leaves the server. */
  issuer_keys: { id: string; public_jwk: string; private_jwk: string; created_ms: number };
  /** Issued Open Badges credentials (VC-JWT), one per learner, competency and level; `status_index` is the bit in the status list. */
  badges: {
    status_index: number;
    id: string;
    agent_key: string;
    competency: string;
    level: number;
    jwt: string;
    issued_ms: number;
    revoked_ms: number | null;
  };
  /** Second-device pairings: a short code's hash, the enrolled device's agent, and the claim it confirms or declines. */
  device_pairings: {
    id: string;
    code_hash: string;
    agent: string;
    requested_by: string;
    created_ms: number;
    expires_ms: number;
    claim_hash: string | null;
    device: string | null;
    device_username: string | null;
    device_secret_hash: string | null;
    confirmed_ms: number | null;
    declined_ms: number | null;
  };
  aggregates: { kind: string; key: string; value: string };
  /** Learners' field cases: the case as JSON (`FieldCase`), its Markdown rendered as HTML (JSON by field), its status. */
  field_cases: {
    id: string;
    author_key: string;
    status: string;
    body: string;
    html: string;
    submitted_ms: number;
    updated_ms: number;
    approved_ms: number | null;
  };
  /** Every submission, resubmission and lead decision on a field case, with who and when. */
  field_case_events: {
    id: string;
    case_id: string;
    author_key: string;
    action: string;
    by_username: string;
    at_ms: number;
    comment: string | null;
    edits: string | null;
  };
  /** Programme events a lead marks on the evidence timeline. */
  programme_events: { id: string; date: string; kind: string; label: string; created_by: string; created_ms: number };
  /** Fixed-window counters every process shares (see SharedCounters). */
  shared_limits: { kind: string; key: string; subject: string; window_start_ms: number; used: number };
}
