import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { callAsLearner } from './callAsLearner';

/** One of the learner's devices, as Cohesion's server lists them. */
export interface Device {
  username: string;
  connectedAt: string;
  current: boolean;
}

/** The devices connected as this device's learner (a connection to Cohesion's server only). */
export const listDevices = async (connection: LrsConnection) =>
  (await callAsLearner<{ devices: Device[] }>(connection, 'devices')).devices;

/** Removes another of the learner's devices: its credential stops working. */
export const removeDevice = (connection: LrsConnection, username: string) =>
  callAsLearner<unknown>(connection, `devices/${encodeURIComponent(username)}`, 'DELETE');
