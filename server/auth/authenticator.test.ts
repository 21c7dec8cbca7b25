import { describe, expect, it } from 'vitest';
import { SQLITE_BACKEND, useTestRepository } from '../testing/testBackends.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { createAuthenticator } from './authenticator.ts';
import { createFailureLimiter } from './failureLimiter.ts';
import { hashSecret } from './hashSecret.ts';

describe('createAuthenticator', () => {
  const stored = useTestRepository(SQLITE_BACKEND);

  it('checks a credential once per minute however its Basic header is spelled', async () => {
    await stored.createUser({
      username: 'ann',
      secretHash: await hashSecret('pw', TEST_HASH_COST),
      role: 'admin',
      agent: null,
      createdMs: 0,
    });
    let lookups = 0;
    const repository = {
      ...stored,
      findUser: (name: string) => {
        lookups++;
        return stored.findUser(name);
      },
    };
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
