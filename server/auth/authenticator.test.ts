import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../storage/repository.ts';
import { SQLITE_BACKEND } from '../testing/testBackends.ts';
import { createAuthenticator } from './authenticator.ts';
import { createFailureLimiter } from './failureLimiter.ts';
import { hashSecret } from './hashSecret.ts';

describe('createAuthenticator', () => {
  let stored: Repository;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ repository: stored, cleanup } = await SQLITE_BACKEND.open()));
  afterAll(async () => {
    await stored.close();
    await cleanup();
  });

  it('checks a credential once per minute however its Basic header is spelled', async () => {
    await stored.createUser({
      username: 'ann',
      secretHash: await hashSecret('pw'),
      role: 'admin',
      agent: null,
      createdMs: 0,
    });
    let lookups = 0;
    const repository = { ...stored, findUser: (name: string) => (lookups++, stored.findUser(name)) };
    const authenticate = createAuthenticator(repository, createFailureLimiter(5, 60_000));
    const encoded = Buffer.from('ann:pw').toString('base64');
    for (const header of [
      `Basic ${encoded}`,
      `basic ${encoded}`,
      `Basic   ${encoded}`,
      `Basic ${encoded.replace(/=+$/, '')}`,
    ]) {
      expect((await authenticate(header, 'ip')).username).toBe('ann');
    }
    expect(lookups).toBe(1);
  });
});
