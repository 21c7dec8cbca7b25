import { gunzipSync, gzipSync } from 'node:zlib';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakedBadgeSvg } from './bakedBadgeSvg';
import { type BadgeCheckIo, checkBadge } from './checkBadge';
import { readCredentialInput } from './readCredentialInput';
import { statusListBytes } from './statusListBits';

const ISSUER = 'https://coe.example/api/badges/issuer';
const KID = 'https://coe.example/api/badges/issuer/keys/k1';
const LIST = 'https://coe.example/api/badges/status/0';
const ID = 'https://coe.example/api/badges/credentials/c1';

/** An issuer's published documents, by URL: what a verifier fetches. */
const published = new Map<string, string>();
const io: BadgeCheckIo = {
  fetchText: async (url) => {
    const text = published.get(url);
    if (text === undefined) throw new Error(`404 ${url}`);
    return text;
  },
  gunzip: async (bytes) => gunzipSync(bytes),
};
let sign: (claims: Record<string, unknown>) => Promise<string>;
const credential = {
  id: ID,
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: ISSUER, type: ['Profile'], name: 'Example Pharma' },
  validFrom: '2026-03-02T09:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: { name: 'Stakeholder mapping: Practising', criteria: { narrative: 'Maps influence.' } },
  },
  credentialStatus: { type: 'BitstringStatusListEntry', statusListCredential: LIST, statusListIndex: '3' },
};
const publishList = async (revoked: number[]) =>
  published.set(
    LIST,
    await sign({
      id: LIST,
      issuer: { id: ISSUER },
      credentialSubject: { encodedList: `u${gzipSync(statusListBytes(revoked)).toString('base64url')}` },
    }),
  );

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  published.set(KID, JSON.stringify(await exportJWK(publicKey)));
  sign = (claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: KID }).setJti(String(claims.id)).sign(privateKey);
  await publishList([]);
});

describe('checkBadge', () => {
  it('finds a credential valid by its signature and status, given as JWT, link, downloaded JSON or baked image', async () => {
    const jwt = await sign(credential);
    published.set(ID, jwt);
    const expected = { outcome: 'valid', achievement: 'Stakeholder mapping: Practising', issuer: 'Example Pharma' };
    for (const text of [
      jwt,
      ID,
      JSON.stringify(credential),
      bakedBadgeSvg(jwt, { name: 'Mapping', levelName: 'Practising', level: 2 }),
    ])
      expect(await checkBadge(readCredentialInput(text), io)).toMatchObject(expected);
  });

  it('says the signature does not match when the JWT or the JSON was changed', async () => {
    const jwt = await sign(credential);
    published.set(ID, jwt);
    const [header, , signature] = jwt.split('.');
    const changed = { ...credential, name: 'Leading' };
    const forged = `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
    expect(await checkBadge(readCredentialInput(forged), io)).toEqual({ outcome: 'mismatch' });
    expect(await checkBadge(readCredentialInput(JSON.stringify(changed)), io)).toEqual({ outcome: 'mismatch' });
  });

  it('refuses a key published anywhere but on the issuer’s own origin', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    published.set('https://evil.example/key', JSON.stringify(await exportJWK(publicKey)));
    const jwt = await new SignJWT(credential)
      .setProtectedHeader({ alg: 'ES256', kid: 'https://evil.example/key' })
      .sign(privateKey);
    expect(await checkBadge(readCredentialInput(jwt), io)).toEqual({ outcome: 'mismatch' });
  });

  it('reports a revoked credential as revoked', async () => {
    const jwt = await sign(credential);
    await publishList([3]);
    expect(await checkBadge(readCredentialInput(jwt), io)).toMatchObject({ outcome: 'revoked' });
    await publishList([]);
  });

  it('says what could not be read or reached', async () => {
    expect(await checkBadge(readCredentialInput('not a badge'), io)).toEqual({ outcome: 'unreadable' });
    expect(await checkBadge(readCredentialInput('https://coe.example/nothing'), io)).toEqual({
      outcome: 'unreachable',
      url: 'https://coe.example/nothing',
    });
  });
});
