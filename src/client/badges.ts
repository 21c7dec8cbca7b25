import { loadSyncRecord } from '../db/syncStore';

/** One of the learner's badges as the server lists it. */
export interface MyBadge {
  id: string;
  competency: string;
  level: number;
  issuedAt: string;
  revoked: boolean;
  /** The credential as a VC-JWT. */
  jwt: string;
  /** The JWT's payload: the credential with the JWT's registered claims. */
  credential: Record<string, unknown> & {
    id: string;
    name?: string;
    credentialSubject?: { achievement?: { name?: string; criteria?: { narrative?: string } } };
  };
}

/**
 * The learner's badges from Cohesion's server, asked with this device's own credential; `null`
 * when this browser is not connected to a Cohesion server (badges are only ever issued there).
 */
export async function loadMyBadges(): Promise<MyBadge[] | null> {
  const { connection } = await loadSyncRecord();
  if (connection?.kind !== 'cohesion') return null;
  const response = await fetch('/api/badges/mine', {
    headers: {
      Authorization: `Basic ${btoa(`${connection.username}:${connection.password}`)}`,
      'X-Requested-With': 'XMLHttpRequest',
    },
  });
  const body = (await response.json().catch(() => ({}))) as { message?: string; badges?: MyBadge[] };
  if (!response.ok) throw new Error(body.message ?? `The server answered ${response.status}.`);
  return body.badges ?? [];
}

/** A badge's image with its credential baked in (PNG or SVG), as the server bakes it at the credential's public address. */
export async function loadBadgeImage(id: string, kind: 'png' | 'svg'): Promise<Blob> {
  const response = await fetch(`/api/badges/credentials/${encodeURIComponent(id)}/badge.${kind}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `The server answered ${response.status}.`);
  }
  return response.blob();
}
