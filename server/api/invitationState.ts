import type { InvitationRecord } from '../storage/repository.ts';

/** Where an invitation stands: its code unused and valid (`sent`), redeemed, expired or revoked. */
export type InvitationState = 'sent' | 'used' | 'expired' | 'revoked';

/** The state of an invitation at `nowMs`; a use recorded before a revocation or expiry wins. */
export function invitationState(invitation: InvitationRecord, nowMs: number): InvitationState {
  if (invitation.usedMs !== null) return 'used';
  if (invitation.revokedMs !== null) return 'revoked';
  return invitation.expiresMs <= nowMs ? 'expired' : 'sent';
}
