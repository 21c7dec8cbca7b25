import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';

/** One of the learner's devices, as Cohesion's server lists them. */
export interface Device {
  username: string;
  connectedAt: string;
  current: boolean;
}

/** Calls /api/devices with this device's own credentials; throws an Error with the server's message. */
async function call<T>(connection: LrsConnection, path: string, method = 'GET'): Promise<T> {
  const response = await fetch(`/api/devices${path}`, {
    method,
    headers: {
      Authorization: `Basic ${btoa(`${connection.username}:${connection.password}`)}`,
      'X-Requested-With': 'XMLHttpRequest',
    },
  });
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new Error(body.message ?? `The server answered ${response.status}.`);
  return body as T;
}

/** The devices connected as this device's learner (a connection to Cohesion's server only). */
export const listDevices = async (connection: LrsConnection) =>
  (await call<{ devices: Device[] }>(connection, '')).devices;

/** Removes another of the learner's devices: its credential stops working. */
export const removeDevice = (connection: LrsConnection, username: string) =>
  call<unknown>(connection, `/${encodeURIComponent(username)}`, 'DELETE');
