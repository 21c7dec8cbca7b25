import { credentialOfSvg } from './bakedBadgeSvg';

/** What a person gave the verification page: a VC-JWT, a link to one, or a credential's JSON (a downloaded badge). */
export type CredentialInput =
  | { kind: 'jwt'; jwt: string }
  | { kind: 'link'; url: string }
  | { kind: 'json'; credential: Record<string, unknown> & { id: string } }
  | { kind: 'unreadable' };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Reads pasted text (or a file's text) as a credential: a compact JWS, an http(s) link, credential JSON, or a baked SVG image. */
export function readCredentialInput(text: string): CredentialInput {
  const trimmed = text.trim();
  if (COMPACT_JWS.test(trimmed)) return { kind: 'jwt', jwt: trimmed };
  if (/^https?:\/\/\S+$/.test(trimmed)) return { kind: 'link', url: trimmed };
  if (trimmed.startsWith('<')) {
    const baked = credentialOfSvg(trimmed);
    return baked !== undefined && COMPACT_JWS.test(baked) ? { kind: 'jwt', jwt: baked } : { kind: 'unreadable' };
  }
  try {
    const json = JSON.parse(trimmed) as unknown;
    if (typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string')
      return { kind: 'json', credential: json as Record<string, unknown> & { id: string } };
  } catch {
    // not JSON either
  }
  return { kind: 'unreadable' };
}
