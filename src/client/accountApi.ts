import type { CaseCounts } from '../lib/cases/caseCountsSchema';
import type { CaseView } from '../lib/cases/caseViewSchema';
import type { PopulationEntry, PopulationSizes } from '../lib/evidence/populationSizesSchema';
import type { Invitee } from '../lib/invitations/parseInviteeList';

/** A refusal from the server: its status, its message, and the form field the message names (if any). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Who is signed in on this browser. */
export interface SessionInfo {
  user: { username: string; role: 'lead' | 'admin' } | null;
  setupNeeded: boolean;
}

/** An invitation as the server lists it. */
export interface InvitationRow extends Invitee {
  id: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  state: 'sent' | 'used' | 'expired' | 'revoked';
}

/** An invitation just created: the only time its code is known. */
export interface CreatedInvitation extends Invitee {
  id: string;
  code: string;
  expiresAt: string;
}

// The CSRF token of this page's session; every state-changing call sends it.
let csrfToken = '';

/** Calls Cohesion's API with the session cookie and CSRF token; throws ApiError with the server's message. */
async function call<T>(path: string, method = 'GET', json?: unknown): Promise<T> {
  // A page that has not asked who is signed in yet has no token: the session hands it one.
  if (method !== 'GET' && csrfToken === '') await call('session');
  let response: Response;
  try {
    response = await fetch(`/api/${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        'X-Requested-With': 'XMLHttpRequest',
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string; csrfToken?: string };
  if (typeof body.csrfToken === 'string') csrfToken = body.csrfToken;
  if (!response.ok) {
    const message = body.message ?? `The server answered ${response.status}.`;
    // Field errors start with the field's name, e.g. "password: The password must…".
    const field = /^([a-zA-Z]+)(?:\.\d+\.[a-zA-Z]+)?: /.exec(message)?.[1];
    throw new ApiError(response.status, message, field);
  }
  return body as T;
}

/** Who is signed in, and whether the server waits for its first admin. */
export const readSession = () => call<SessionInfo>('session');
/** Signs in a lead or admin. */
export const signIn = (username: string, password: string) =>
  call<SessionInfo>('session', 'POST', { username, password });
/** Signs out this browser. */
export const signOut = () => call<SessionInfo>('session', 'DELETE');
/** Changes the signed-in person's password. */
export const changePassword = (current: string, next: string) =>
  call<{ changed: true }>('session/password', 'POST', { current, next });
/** Creates the first admin with the setup token the server printed, and signs it in. */
export const createFirstAdmin = (token: string, username: string, password: string) =>
  call<SessionInfo>('setup', 'POST', { token, username, password });
/** Every invitation with its state. */
export const listInvitations = async () => (await call<{ invitations: InvitationRow[] }>('invitations')).invitations;
/** Creates one invitation per invitee (only its invitee, region and function are sent); the codes come back this once. */
export const createInvitations = async (invitees: Invitee[]) =>
  (
    await call<{ invitations: CreatedInvitation[] }>('invitations', 'POST', {
      invitees: invitees.map(({ invitee, region, jobFunction }) => ({ invitee, region, jobFunction })),
    })
  ).invitations;
/** Revokes an invitation that has not been used. */
export const revokeInvitation = (id: string) => call<unknown>(`invitations/${encodeURIComponent(id)}/revoke`, 'POST');

/** A user as an admin sees it. */
export interface UserRow {
  username: string;
  role: 'learner' | 'lead' | 'admin';
  agent: { account?: { name: string }; mbox?: string } | null;
  disabled: boolean;
  createdAt: string;
}

/** Every user (admins only). */
export const listUsers = async () => (await call<{ users: UserRow[] }>('users')).users;
/** Adds a lead or an admin with a first password (admins only). */
export const addUser = (username: string, role: 'lead' | 'admin', password: string) =>
  call<unknown>('users', 'POST', { username, role, password });
/** Disables or enables a user, ending its sessions when disabling (admins only). */
export const setUserDisabled = (username: string, disabled: boolean) =>
  call<unknown>(`users/${encodeURIComponent(username)}/disabled`, 'POST', { disabled });
/** Removes a user and ends its sessions (admins only). */
export const removeUser = (username: string) => call<unknown>(`users/${encodeURIComponent(username)}`, 'DELETE');

/** An issued badge as a COE lead sees it. */
export interface BadgeRow {
  id: string;
  learner: string;
  competency: string;
  level: number;
  issuedAt: string;
  revoked: boolean;
}

/** Every issued badge (leads and admins). */
export const listBadges = async () => (await call<{ badges: BadgeRow[] }>('badges')).badges;
/** Revokes a badge (its status list bit is set) or restores it. */
export const setBadgeRevoked = (id: string, revoked: boolean) =>
  call<unknown>(`badges/${encodeURIComponent(id)}/revoked`, 'POST', { revoked });

/** Badge holders per competency and level, null where the small-group rule hides the figure. */
export interface BadgeCounts {
  minGroup: number;
  levels: Array<{ level: number; name: string }>;
  competencies: Array<{ competency: string; name: string; holders: Array<{ level: number; learners: number | null }> }>;
}

/** Badge holders per competency and level (leads and admins). */
export const readBadgeCounts = () => call<BadgeCounts>('badges/counts');

/** A programme event as the server stores it. */
export interface ProgrammeEventRow {
  id: string;
  date: string;
  kind: string;
  label: string;
}

/** Marks a programme event on the evidence timeline (leads and admins). */
export const addProgrammeEvent = (event: { date: string; kind: string; label: string }) =>
  call<ProgrammeEventRow>('programme-events', 'POST', event);
/** Removes a programme event from the timeline (leads and admins). */
export const deleteProgrammeEvent = (id: string) =>
  call<unknown>(`programme-events/${encodeURIComponent(id)}`, 'DELETE');

/** The population sizes entered per region and function, and every change (leads and admins). */
export const readPopulation = () => call<PopulationSizes>('evidence/population');
/** Sets or clears population sizes (leads and admins); answers every size and change as stored. */
export const savePopulation = (sizes: PopulationEntry[]) =>
  call<PopulationSizes>('evidence/population', 'PUT', { sizes });

/** A submitted field case as the lead's queue lists it. */
export type QueuedCase = CaseView;

/** The field cases waiting for a decision (leads and admins). */
export const listCaseQueue = async () => (await call<{ cases: QueuedCase[] }>('cases?status=submitted')).cases;
/** Approves, sends back with a comment, or declines a case; `edits` replace fields first (leads and admins). */
export const decideCase = (
  id: string,
  decision: { decision: 'approve' | 'requestChanges' | 'decline'; comment?: string; edits?: Record<string, string> },
) => call<unknown>(`cases/${encodeURIComponent(id)}/decisions`, 'POST', decision);
/** Approved field cases per competency, region or archetype and function (leads and admins). */
export const readCaseCounts = () => call<CaseCounts>('cases/counts');
