import type { CaseDraft } from '../db/AppDB';
import { listCaseDrafts, saveCaseDraft } from '../db/caseDrafts';
import type { CaseView } from '../lib/cases/caseViewSchema';
import { ApiError } from './accountApi';
import { callCases, cohesionConnection } from './caseApi';

/** One of the learner's cases as `GET /api/cases/mine` lists it. */
export type MyCase = CaseView;

/** What "Your cases" shows: the drafts in this browser, and the cases the server holds (null when not asked). */
export interface MyCasesView {
  drafts: CaseDraft[];
  cases: MyCase[] | null;
  /** Why the server's list is missing: not connected, offline, refused. */
  problem?: 'notConnected' | string;
}

/** The learner's drafts here and their cases on Cohesion's server. */
export async function loadMyCases(): Promise<MyCasesView> {
  const drafts = await listCaseDrafts();
  const connection = await cohesionConnection();
  if (!connection) return { drafts, cases: null, problem: 'notConnected' };
  try {
    const { cases } = await callCases<{ cases: MyCase[] }>(connection, '/mine');
    return { drafts, cases };
  } catch (error) {
    return { drafts, cases: null, problem: error instanceof ApiError ? error.message : String(error) };
  }
}

/** Starts changing a case the lead sent back: a draft of it, sent as an update, which the share form opens. */
export async function reviseCase(mine: MyCase): Promise<string> {
  const { id, ...fields } = mine.case;
  await saveCaseDraft({ id, fields, resubmit: true }, false);
  return id;
}
