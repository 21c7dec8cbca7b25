import { createHash, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';
import { buildMultipartMixed, multipartBoundary, parseMultipartMixed } from './multipartMixed.ts';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const text = 'here is a simple attachment';
const statement = (attachments: object[]) => ({
  id: randomUUID(),
  actor: { mbox: 'mailto:att@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: 'urn:test:attachments' },
  attachments,
});
const attachment = (data: string) => ({
  usageType: 'http://example.com/usage/test',
  display: { 'en-US': 'A test' },
  contentType: 'text/plain',
  length: data.length,
  sha2: sha256(data),
});

describe.each(TEST_BACKENDS)('attachments and signed statements ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  const postMultipart = (json: unknown, parts: { hash: string; body: Buffer | string; type?: string }[]) => {
    const { contentType, body } = buildMultipartMixed([
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(json) },
      ...parts.map((p) => ({
        headers: {
          'Content-Type': p.type ?? 'text/plain',
          'Content-Transfer-Encoding': 'binary',
          'X-Experience-API-Hash': p.hash,
        },
        body: p.body,
      })),
    ]);
    return server.xapi('/statements', {
      method: 'POST',
      auth: admin,
      body: new Uint8Array(body),
      headers: { 'Content-Type': contentType },
    });
  };

  it('stores attachment data sent as multipart/mixed and returns it with attachments=true', async () => {
    const s = statement([attachment(text)]);
    expect((await postMultipart(s, [{ hash: sha256(text), body: text }])).status).toBe(200);
    const plain = await server.xapi(`/statements?statementId=${s.id}`, { auth: admin });
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    const multi = await server.xapi(`/statements?statementId=${s.id}&attachments=true`, { auth: admin });
    const type = multi.headers.get('content-type')!;
    expect(type).toMatch(/^multipart\/mixed/);
    const parts = parseMultipartMixed(Buffer.from(await multi.arrayBuffer()), multipartBoundary(type));
    expect(JSON.parse(parts[0]!.body.toString()).id).toBe(s.id);
    expect(parts[1]!.headers.get('x-experience-api-hash')).toBe(sha256(text));
    expect(parts[1]!.body.toString()).toBe(text);
  });

  it('refuses attachments without data or fileUrl, parts nobody declared and parts with a wrong hash', async () => {
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: JSON.stringify(statement([attachment(text)])),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: JSON.stringify(statement([{ ...attachment(text), fileUrl: 'https://example.com/a.txt' }])),
        })
      ).status,
    ).toBe(200);
    expect((await postMultipart(statement([]), [{ hash: sha256(text), body: text }])).status).toBe(400);
    expect(
      (await postMultipart(statement([attachment(text)]), [{ hash: sha256(text), body: 'tampered' }])).status,
    ).toBe(400);
  });

  it('accepts a statement signed with a JWS whose payload is the statement, and refuses one whose payload differs', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sign = (payload: object) => {
      const head = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url');
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
      return `${head}.${body}.${signature}`;
    };
    const signedAttachment = (jws: string) => ({
      usageType: 'http://adlnet.gov/expapi/attachments/signature',
      display: { 'en-US': 'Signature' },
      contentType: 'application/octet-stream',
      length: jws.length,
      sha2: sha256(jws),
    });
    const unsigned = statement([]);
    const { attachments: _a, ...payload } = unsigned;
    const jws = sign(payload);
    const good = { ...unsigned, attachments: [signedAttachment(jws)] };
    expect(
      (await postMultipart(good, [{ hash: sha256(jws), body: jws, type: 'application/octet-stream' }])).status,
    ).toBe(200);
    const forged = sign({ ...payload, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } });
    const bad = { ...statement([]), attachments: [signedAttachment(forged)] };
    const refused = await postMultipart(bad, [
      { hash: sha256(forged), body: forged, type: 'application/octet-stream' },
    ]);
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toMatch(/signed payload/);
  });
  it('checks a JWS that carries an x5c certificate against that certificate, and refuses one signed by another key', async () => {
    // A self-signed test certificate and its key (made once with openssl req -x509).
    const certificatePem = readFileSync(new URL('./fixtures/signer.cert.pem', import.meta.url), 'utf8');
    const signerKey = readFileSync(new URL('./fixtures/signer.key.pem', import.meta.url), 'utf8');
    const x5c = [certificatePem.replace(/-----[^-]+-----|\s/g, '')];
    const sign = (payload: object, key: string | import('node:crypto').KeyObject, alg = 'RS384') => {
      const head = Buffer.from(JSON.stringify({ alg, x5c })).toString('base64url');
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${head}.${body}.${createSign(`RSA-SHA${alg.slice(2)}`)
        .update(`${head}.${body}`)
        .sign(key)
        .toString('base64url')}`;
    };
    const signedAttachment = (jws: string) => ({
      usageType: 'http://adlnet.gov/expapi/attachments/signature',
      display: { 'en-US': 'Signature' },
      contentType: 'application/octet-stream',
      length: jws.length,
      sha2: sha256(jws),
    });
    const { attachments: _a, ...payload } = statement([]);
    const post = (jws: string) =>
      postMultipart({ ...payload, attachments: [signedAttachment(jws)] }, [
        { hash: sha256(jws), body: jws, type: 'application/octet-stream' },
      ]);
    const { privateKey: stranger } = generateKeyPairSync('rsa', { modulusLength: 2048 });

    expect((await post(sign(payload, signerKey))).status).toBe(200);
    const forged = await post(sign(payload, stranger));
    expect(forged.status).toBe(400);
    expect((await forged.json()).message).toMatch(/does not verify against its x5c certificate/);
    const none = await post(
      `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`,
    );
    expect(none.status).toBe(400);
    expect((await none.json()).message).toMatch(/RS256, RS384 or RS512/);
  });
});
