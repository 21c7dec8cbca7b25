import { credentialOfPng } from '../lib/badges/bakedBadgePng';
import { type BadgeCheck, checkBadge } from '../lib/badges/checkBadge';
import { readCredentialInput } from '../lib/badges/readCredentialInput';

/** Checks a badge in this browser: its signature against the issuer's published key, and its status list (loaded lazily with jose). */
export function verifyBadge(text: string): Promise<BadgeCheck> {
  return checkBadge(readCredentialInput(text), {
    async fetchText(url) {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.text();
    },
    async gunzip(bytes) {
      const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
  });
}

/** What a chosen badge file gives the checker: the credential baked into a PNG image (known by its signature, whatever its name), else the file's text (JSON, JWT, SVG). */
export async function readBadgeFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return credentialOfPng(bytes) ?? '';
  return new TextDecoder().decode(bytes);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
