import { loadSyncRecord } from '../db/syncStore';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { callAsLearner } from './callAsLearner';

/** Calls `/api/cases…` as the learner of this device, or with the lead's session cookie when `connection` is null (see callAsLearner). */
export const callCases = <T>(
  connection: LrsConnection | null,
  path: string,
  method = 'GET',
  json?: unknown,
  origin = location.origin,
): Promise<T> => callAsLearner<T>(connection, `cases${path}`, method, json, origin);

/** This device's connection to Cohesion's server, or null when it syncs elsewhere or not at all. */
export async function cohesionConnection(): Promise<LrsConnection | null> {
  const { connection } = await loadSyncRecord();
  return connection?.kind === 'cohesion' ? connection : null;
}
