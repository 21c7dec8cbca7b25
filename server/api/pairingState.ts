import type { DevicePairing } from '../storage/repository.ts';

/** Where a pairing stands: its code not yet entered (`waiting`), entered and awaiting the enrolled device (`claimed`), decided, or expired. */
export type PairingState = 'waiting' | 'claimed' | 'confirmed' | 'declined' | 'expired';

/** The state of a pairing at `nowMs`; a decision taken before the expiry stands. */
export function pairingState(pairing: DevicePairing, nowMs: number): PairingState {
  if (pairing.confirmedMs !== null) return 'confirmed';
  if (pairing.declinedMs !== null) return 'declined';
  if (pairing.expiresMs <= nowMs) return 'expired';
  return pairing.claimHash === null ? 'waiting' : 'claimed';
}
