import { mayHoldDatabase } from '../db/databaseName';
import { readFieldCases, replaceFieldCases } from '../db/fieldCases';
import type { LibraryCase } from '../lib/cases/libraryCaseSchema';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { ApiError } from './accountApi';
import { callCases, cohesionConnection } from './caseApi';
import { saveFieldCaseSearchCopy } from './fieldCaseSearchCopy';
import { CASES_CHANGED_EVENT } from './submitCaseDrafts';

export type { LibraryCase };

/** The library as a page shows it: fresh from the server, or this browser's cached copy and why. */
export interface LibraryView {
  cases: LibraryCase[];
  /** When the copy shown was fetched; null when nothing was ever fetched. */
  cachedAt: string | null;
  /** False when the server could not be asked and the cached copy is shown. */
  fresh: boolean;
  /** Why the server was not asked or refused (not connected, offline, signed out). */
  problem?: string;
}

/** Fetches every approved case and replaces the cached copy with it. */
export async function refreshFieldCases(connection: LrsConnection | null, origin?: string): Promise<LibraryCase[]> {
  const { cases } = await callCases<{ cases: LibraryCase[] }>(connection, '/library', 'GET', undefined, origin);
  await replaceFieldCases(cases);
  await saveFieldCaseSearchCopy(cases);
  window.dispatchEvent(new CustomEvent(CASES_CHANGED_EVENT));
  return cases;
}

/**
 * The library for a page: asked of the server as this device's learner (or, with no learner
 * connection, with a lead's session), cached for offline reading; when the server cannot answer,
 * the cached copy with the reason. Filtering is done on the whole library, so it works offline too.
 * A browser without Cohesion's database (see mayHoldDatabase) has no connection and no copy: it is
 * shown what the server answers and nothing is cached, so reading a page does not create the database.
 */
export async function loadFieldCases(): Promise<LibraryView> {
  const stored = await mayHoldDatabase();
  try {
    const cases = stored
      ? await refreshFieldCases(await cohesionConnection())
      : (await callCases<{ cases: LibraryCase[] }>(null, '/library')).cases;
    return { cases, cachedAt: new Date().toISOString(), fresh: true };
  } catch (error) {
    const cached = stored ? await readFieldCases() : { entries: [], cachedAt: null };
    return {
      cases: cached.entries as LibraryCase[],
      cachedAt: cached.cachedAt,
      fresh: false,
      problem: error instanceof ApiError ? error.message : String(error),
    };
  }
}
