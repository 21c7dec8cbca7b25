/**
 * What islands may read and write of the learner's local database. Islands bind state to markup and
 * reach `src/db` only through this module (a layer rule in .dependency-cruiser.cjs), so the storage
 * behind it can change without touching a component.
 */
export type { QuarantinedStatement, ReflectionNote } from '../db/AppDB';
export { learnerId } from '../db/events';
export { countLocalData, exportLearnerData, importLearnerData, type LocalDataCounts } from '../db/learnerData';
export { loadLocale, saveLocale } from '../db/locale';
export { loadQuarantine } from '../db/quarantine';
export { listReflections } from '../db/reflections';
export { loadRegion, saveRegion } from '../db/region';
export { isSolutionRevealed, recordSolutionRevealed } from '../db/revealedSolutions';
export { watchPendingCount } from '../db/watchPendingCount';
export { watchStatements } from '../db/watchStatements';
