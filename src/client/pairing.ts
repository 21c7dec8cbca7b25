import { describeDevice } from '../lib/pairing/describeDevice';
import { type LrsConnection, lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';
import { callAsLearner } from './callAsLearner';

/** A pairing as the enrolled device sees it. */
export interface Pairing {
  id: string;
  state: 'waiting' | 'claimed' | 'confirmed' | 'declined' | 'expired';
  device: string | null;
  expiresAt: string;
  /** The short code: only in the answer that made the pairing. */
  code?: string;
}

/** Calls /api/pairings…, with this device's credentials when given; throws an Error with the server's message. */
const call = <T>(path: string, json?: unknown, connection?: LrsConnection): Promise<T> =>
  callAsLearner<T>(connection ?? null, `pairings${path}`, json === undefined ? 'GET' : 'POST', json);

/** Asks the server for a pairing for this (enrolled) device's learner: a short code, valid ten minutes. */
export const startPairing = (connection: LrsConnection) => call<Pairing>('', {}, connection);
/** How a pairing of this device's learner stands, and which device claimed it. */
export const readPairing = (connection: LrsConnection, id: string) =>
  call<Pairing>(`/${encodeURIComponent(id)}`, undefined, connection);
/** Allows the device that claimed the pairing: it gets its own credential. */
export const allowPairing = (connection: LrsConnection, id: string) =>
  call<Pairing>(`/${encodeURIComponent(id)}/confirm`, {}, connection);
/** Refuses the device that claimed the pairing. */
export const declinePairing = (connection: LrsConnection, id: string) =>
  call<Pairing>(`/${encodeURIComponent(id)}/decline`, {}, connection);

/** Claims a pairing code for this (new) device; returns the token to wait with. */
export const claimPairing = async (code: string) =>
  (await call<{ token: string }>('/claim', { code, device: describeDevice(navigator.userAgent) })).token;

/**
 * Waits (polling every `everyMs`) until the enrolled device allows this one, then returns this
 * device's connection; throws an Error saying so when it is declined or the code expires.
 */
export async function waitForPairing(
  token: string,
  messages: { declined: string; expired: string },
  everyMs = 1500,
): Promise<LrsConnection> {
  for (;;) {
    const answer = await call<{ state: Pairing['state']; username?: string; agent?: unknown; endpoint?: string }>(
      '/wait',
      { token },
    );
    if (answer.state === 'confirmed')
      return lrsConnectionSchema.parse({
        endpoint: new URL(answer.endpoint ?? '/xapi/', location.origin).toString(),
        username: answer.username,
        password: token,
        agent: answer.agent,
        kind: 'cohesion',
      });
    if (answer.state === 'declined') throw new Error(messages.declined);
    if (answer.state === 'expired') throw new Error(messages.expired);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
