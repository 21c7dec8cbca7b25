import type { CaseMarkdownField, CaseStatus, FieldCase } from '../../src/lib/cases/fieldCaseSchema.ts';
import type { StatementIndex } from '../xapi/indexStatement.ts';
import type { ActorJson, JsonObject, StatementJson } from '../xapi/xapiTypes.ts';

/** A statement ready to store: LRS-assigned fields set except `stored`, which storage sets on commit. */
export interface NewStatement {
  statement: StatementJson;
  index: StatementIndex;
}

/** Raw attachment data received with statements, addressed by its SHA-2 hash. */
export interface AttachmentData {
  sha2: string;
  contentType: string;
  content: Uint8Array;
}

/** The outcome of storing a batch: all stored (or already there, unchanged), or nothing, because one id conflicts. */
export type InsertResult = { kind: 'stored'; ids: string[]; stored: string } | { kind: 'conflict'; id: string };

/** Statement filters after parsing (spec: GET Statements parameters). */
export interface StatementFilter {
  agentKey?: string;
  relatedAgents: boolean;
  verbId?: string;
  activityId?: string;
  relatedActivities: boolean;
  registration?: string;
  sinceMs?: number;
  untilMs?: number;
  ascending: boolean;
  limit: number;
  /** Keyset cursor: continue after this sequence number. */
  after?: number;
  /** Permission filter: only statements in which this agent key takes part directly. */
  ownerKey?: string;
}

/** One page of statements and, when more match, the cursor for the next. */
export interface StatementPage {
  statements: StatementJson[];
  next?: number;
}

/** A statement looked up by id, with whether it has been voided. */
export interface FoundStatement {
  statement: StatementJson;
  voided: boolean;
  /** Agent keys of the statement's direct actor/object, for permission checks. */
  agentKeys: string[];
}

export type DocumentKind = 'state' | 'activityProfile' | 'agentProfile';

/** Where a document lives: empty strings stand for parts its resource does not use. */
export interface DocumentScope {
  kind: DocumentKind;
  activityId: string;
  agentKey: string;
  registration: string;
}

export interface StoredDocument {
  contentType: string;
  content: Uint8Array;
  etag: string;
  updatedMs: number;
}

/** A State document found by activity and state id, across every agent and registration. */
export interface AgentDocument {
  agentKey: string;
  registration: string;
  document: StoredDocument;
}

/** Which version of an agent's State document is stored (not its content): enough to tell whether it changed. */
export interface DocumentVersion {
  agentKey: string;
  registration: string;
  etag: string;
  updatedMs: number;
}

/** What a document write decided once it saw the current document. */
export type DocumentChange = { kind: 'put'; document: StoredDocument } | { kind: 'delete' } | { kind: 'none' };

export type Role = 'learner' | 'lead' | 'admin';

/** A credential: username, scrypt hash of the secret, role and (for learners) the agent it speaks for. */
export interface User {
  username: string;
  secretHash: string;
  role: Role;
  agent: ActorJson | null;
  createdMs: number;
  /** A disabled user's credentials and sessions are refused; it keeps its records. */
  disabled?: boolean;
}

/** A browser sign-in session, known only by the SHA-256 of its cookie value. */
export interface Session {
  idHash: string;
  username: string;
  createdMs: number;
  expiresMs: number;
}

/** An invitation a lead sent: who it is for and the enrolment code (by hash) it carries. */
export interface Invitation {
  id: string;
  codeHash: string;
  invitee: string;
  region: string;
  jobFunction: string;
  createdBy: string;
  createdMs: number;
  expiresMs: number;
  revokedMs: number | null;
}

/** A programme event as stored: what happened on a day, who marked it and when. */
export interface ProgrammeEventRecord {
  id: string;
  date: string;
  kind: 'launch' | 'relaunch' | 'curriculum-version' | 'campaign';
  label: string;
  createdBy: string;
  createdMs: number;
}

/** A learner's field case as stored: the case, its author, where it stands in curation, and its Markdown rendered once. */
export interface FieldCaseRecord {
  case: FieldCase;
  /** The author's agent key (`agentKey`): every device of the learner is the author. */
  authorKey: string;
  status: CaseStatus;
  /** The four Markdown fields as safe HTML (`caseMarkdownToHtml`), rendered when the case was last written. */
  html: Record<CaseMarkdownField, string>;
  submittedMs: number;
  updatedMs: number;
  /** When a lead approved it (null: not approved). */
  approvedMs: number | null;
}

/** What happened to a field case: a submission or resubmission by its author, or a lead's decision, with who and when. */
export interface FieldCaseEvent {
  id: string;
  caseId: string;
  /** The case's author (the submissions of one author in an hour are counted from these). */
  authorKey: string;
  action: 'submitted' | 'resubmitted' | 'approve' | 'requestChanges' | 'decline';
  /** The credential that acted (a learner device, a lead or an admin). */
  by: string;
  atMs: number;
  comment: string | null;
  /** The fields a lead changed with the decision (their new values), or null. */
  edits: Partial<FieldCase> | null;
}

/** What a field case write decided once it saw the stored case: store the record and its event, or change nothing. */
export type FieldCaseWrite = { kind: 'write'; record: FieldCaseRecord; event: FieldCaseEvent } | { kind: 'none' };

/** An invitation with when its code was redeemed (null: not yet). */
export interface InvitationRecord extends Invitation {
  usedMs: number | null;
  /** The user its code created (null: not yet used). */
  usedBy: string | null;
}

/** A one-time enrolment code, stored only as a hash. */
export interface EnrolmentCode {
  codeHash: string;
  issuedBy: string;
  agent: ActorJson | null;
  expiresMs: number;
  /** May bind an agent that already has a credential (a further device; admins only). */
  addsDevice: boolean;
}

/**
 * A request from an enrolled device to add another for the same agent: a short code (by hash) the
 * new device claims, with its description and its would-be credential, and the enrolled device's
 * confirmation, which alone creates that credential.
 */
export interface DevicePairing {
  id: string;
  codeHash: string;
  agent: ActorJson;
  /** The username of the enrolled device that asked. */
  requestedBy: string;
  createdMs: number;
  expiresMs: number;
  /** SHA-256 of the claim token the new device holds (its future password); null until claimed. */
  claimHash: string | null;
  /** How the new device describes itself (browser and system), shown for confirmation. */
  device: string | null;
  deviceUsername: string | null;
  deviceSecretHash: string | null;
  confirmedMs: number | null;
  declinedMs: number | null;
}

/** A new device's claim of a pairing code. */
export interface PairingClaim {
  claimHash: string;
  device: string;
  deviceUsername: string;
  deviceSecretHash: string;
}

/** What redeeming a code did: created the user; or nothing, because the code is unknown, used or expired, or the agent is taken. */
export type RedeemResult = { kind: 'redeemed'; user: User } | { kind: 'invalid' } | { kind: 'agentTaken' };

/** Whether an agent already has a credential, and whether any statement or document is about it. */
export interface AgentUse {
  credential: boolean;
  records: boolean;
}

/** The Open Badges issuer's key pair, as JWK JSON texts. */
export interface IssuerKeyRecord {
  id: string;
  publicJwk: string;
  privateJwk: string;
  createdMs: number;
}

/** An issued badge: its credential (VC-JWT) and whether a lead revoked it. */
export interface BadgeRecord {
  id: string;
  statusIndex: number;
  agentKey: string;
  competency: string;
  level: number;
  jwt: string;
  issuedMs: number;
  revokedMs: number | null;
}

/** Fixed-window counters kept in the database, so every server process on it counts together. */
export interface SharedCounters {
  /**
   * Adds `amount` to the count of `subject` under `kind`/`key`, in its window of `windowMs` (a new
   * window from `nowMs` once the last has ended); resolves with the key's total over its subjects'
   * live windows and when the earliest of them began.
   */
  add(
    kind: string,
    key: string,
    subject: string,
    amount: number,
    nowMs: number,
    windowMs: number,
  ): Promise<{ total: number; windowStartMs: number }>;
  /** Forgets one subject's count under `kind`/`key`. */
  clear(kind: string, key: string, subject: string): Promise<void>;
}

/**
 * Everything the server stores, behind one interface with a SQLite and a PostgreSQL implementation.
 * Every write resolves only once it is durably committed.
 */
export interface Repository {
  readonly dialect: 'sqlite' | 'postgres';
  /** Stores a batch atomically; ids already stored are compared with `isSame` and left untouched. */
  insertStatements(
    items: NewStatement[],
    attachments: AttachmentData[],
    isSame: (stored: StatementJson, incoming: StatementJson) => boolean,
  ): Promise<InsertResult>;
  findStatement(id: string): Promise<FoundStatement | undefined>;
  queryStatements(filter: StatementFilter): Promise<StatementPage>;
  /** The attachment data delivered with these statements (never data some other statement delivered). */
  getAttachments(statementIds: string[]): Promise<AttachmentData[]>;
  /** The `stored` time of the newest statement, or undefined when there is none. */
  latestStored(): Promise<string | undefined>;

  getActivityDefinition(activityId: string): Promise<JsonObject | undefined>;
  /** The names seen for an agent in statements (for the Person object). */
  getAgentNames(agentKey: string): Promise<string[]>;

  getDocument(scope: DocumentScope, docId: string): Promise<StoredDocument | undefined>;
  listDocuments(scope: DocumentScope, sinceMs?: number): Promise<{ ids: string[]; lastUpdatedMs?: number }>;
  /** Reads the document and applies `change` in one transaction, so preconditions cannot race. */
  changeDocument(
    scope: DocumentScope,
    docId: string,
    change: (current: StoredDocument | undefined) => DocumentChange,
  ): Promise<void>;
  deleteDocuments(scope: DocumentScope): Promise<void>;
  /** Every agent's State document with this activity and state id (all registrations), for aggregate views; with `agentKeys`, only theirs. */
  listStateDocuments(activityId: string, stateId: string, agentKeys?: readonly string[]): Promise<AgentDocument[]>;
  /** The versions of those documents, in the same order, without their content: which changed since an aggregate view read them. */
  stateDocumentVersions(activityId: string, stateId: string): Promise<DocumentVersion[]>;

  createUser(user: User): Promise<void>;
  findUser(username: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  /** Removes a user and ends its sessions in one transaction. */
  deleteUser(username: string): Promise<boolean>;
  /** Creates the user only while there is no user at all (first-run setup); false when one exists. */
  createFirstUser(user: User): Promise<boolean>;
  /** Replaces a user's secret hash; false when there is no such user. */
  setUserSecret(username: string, secretHash: string): Promise<boolean>;
  /** Disables (or enables) a user and, when disabling, ends its sessions in the same transaction. */
  setUserDisabled(username: string, disabled: boolean, nowMs: number): Promise<boolean>;
  createSession(session: Session): Promise<void>;
  /** The user of a live session: unexpired, its user present and not disabled. */
  findSessionUser(idHash: string, nowMs: number): Promise<User | undefined>;
  /** Ends one session. */
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a user but `keepIdHash` (a password change keeps the session that made it). */
  deleteSessionsOf(username: string, keepIdHash?: string): Promise<void>;
  /** Stores invitations together with their enrolment codes, in one transaction. */
  createInvitations(items: ReadonlyArray<{ invitation: Invitation; code: EnrolmentCode }>): Promise<void>;
  /** Every invitation, newest first, with when its code was used. */
  listInvitations(): Promise<InvitationRecord[]>;
  /** Revokes an unused, unrevoked invitation and expires its code; false when there is none such. */
  revokeInvitation(id: string, nowMs: number): Promise<boolean>;
  /** Stores a programme event (the evidence timeline). */
  addProgrammeEvent(event: ProgrammeEventRecord): Promise<void>;
  /** Every programme event, oldest date first. */
  listProgrammeEvents(): Promise<ProgrammeEventRecord[]>;
  /** Deletes a programme event; false when there is none with this id. */
  deleteProgrammeEvent(id: string): Promise<boolean>;
  /**
   * Reads the field case and applies `change` in one transaction, the case (and, with `authorKey`,
   * that author's cases) locked meanwhile, so a resubmission, a decision and the author's submission
   * count cannot race. `change` may throw to refuse (nothing is written); `recentSubmissions` lists
   * when the author submitted or resubmitted a case since a time, oldest first, inside the same transaction.
   */
  changeFieldCase(
    id: string,
    authorKey: string | undefined,
    change: (
      current: FieldCaseRecord | undefined,
      recentSubmissions: (authorKey: string, sinceMs: number) => Promise<number[]>,
    ) => Promise<FieldCaseWrite> | FieldCaseWrite,
  ): Promise<FieldCaseWrite>;
  /** Field cases, most recently updated first: every one, or those of an author, or those in the given statuses. */
  listFieldCases(filter?: { authorKey?: string; statuses?: readonly CaseStatus[] }): Promise<FieldCaseRecord[]>;
  /** The events of these field cases, oldest first. */
  listFieldCaseEvents(caseIds: readonly string[]): Promise<FieldCaseEvent[]>;
  createEnrolmentCode(code: EnrolmentCode): Promise<void>;
  /** Whether the agent already has a credential or records. */
  agentInUse(agentKey: string): Promise<AgentUse>;
  /**
   * Marks the code used and creates the user in one transaction. Refuses (`agentTaken`, code left
   * unused) a code not tied to an agent when the agent is in use at all, and any other code when the
   * agent has a credential, unless the code `addsDevice`.
   */
  redeemEnrolmentCode(codeHash: string, nowMs: number, user: (code: EnrolmentCode) => User): Promise<RedeemResult>;
  /** Stores a new, unclaimed device pairing. */
  createPairing(pairing: DevicePairing): Promise<void>;
  /** A pairing by id, or by the hash of its claim token. */
  findPairing(by: { id: string } | { claimHash: string }): Promise<DevicePairing | undefined>;
  /** Claims the unexpired, unclaimed, undeclined pairing with this code; undefined when there is none such. */
  claimPairing(codeHash: string, nowMs: number, claim: PairingClaim): Promise<DevicePairing | undefined>;
  /**
   * Confirms a claimed, unexpired, undecided pairing and creates its device's learner credential for
   * the pairing's agent, in one transaction; false when there is no such pairing.
   */
  confirmPairing(id: string, nowMs: number): Promise<boolean>;
  /** Declines an undecided pairing (its code can no longer be claimed or confirmed); false when there is none such. */
  declinePairing(id: string, nowMs: number): Promise<boolean>;

  /**
   * Agents a statement stored after `afterSeq` (up to `through`, the newest seq now) speaks about
   * directly, with the agents of the statements those voided: whose aggregates may have changed.
   */
  agentsChangedSince(afterSeq: number): Promise<{ through: number; agentKeys: string[] }>;
  /** A page of the agent's statements as actor or object (not voided), oldest first, after `afterSeq`: a cheap read for aggregates. */
  agentStatements(agentKey: string, afterSeq: number, limit: number): Promise<StatementPage>;
  /** Every aggregate of this kind (e.g. "workforce"), by key; with `keys`, only those of them that exist. */
  readAggregates(kind: string, keys?: readonly string[]): Promise<Map<string, string>>;
  /** Writes aggregates of one kind in one transaction; `replace` drops that kind's others first. */
  writeAggregates(kind: string, entries: ReadonlyArray<readonly [string, string]>, replace?: boolean): Promise<void>;
  /**
   * Runs `work` while no other process on the database runs work under the same `name` (PostgreSQL: a
   * session advisory lock, taken by polling so no connection waits on it, freed if the process dies;
   * SQLite serves one process, so at once), e.g. so one process at a time brings shared aggregates up to date.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Calls `listener` after every committed batch of new statements; returns the unsubscribe. */
  onStatementsStored(listener: () => void): () => void;

  /** The issuer key with this id: the stored one, or (first start) the one `make` creates, stored unless another process stored one first. */
  issuerKey(id: string, make: () => Promise<IssuerKeyRecord>): Promise<IssuerKeyRecord>;
  /**
   * Issues the badge for the learner, competency and level unless it is issued already: `sign` gets
   * the next free status-list position and returns the badge. False when it existed (nothing signed).
   */
  issueBadge(
    key: { agentKey: string; competency: string; level: number },
    sign: (statusIndex: number) => Promise<BadgeRecord>,
  ): Promise<boolean>;
  /** Issued badges, oldest first: every one, or the agent's. */
  listBadges(agentKey?: string): Promise<BadgeRecord[]>;
  findBadge(id: string): Promise<BadgeRecord | undefined>;
  /** Revokes (`revokedMs`) or restores (null) a badge; false when there is no such badge. */
  setBadgeRevoked(id: string, revokedMs: number | null): Promise<boolean>;
  /** The status-list positions of revoked badges. */
  revokedStatusIndexes(): Promise<number[]>;

  /** Counters shared by every process on the database: PostgreSQL only (SQLite serves one process). */
  readonly sharedCounters?: SharedCounters;

  /** Applied migration versions, oldest first. */
  migrationVersions(): Promise<number[]>;
  close(): Promise<void>;
}
