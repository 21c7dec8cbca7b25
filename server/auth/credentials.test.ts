import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { basicCredentials } from './basicCredentials.ts';
import { hashEnrolmentCode, newEnrolmentCode } from './enrolmentCode.ts';
import { createFailureLimiter } from './failureLimiter.ts';
import { hashSecret, verifySecret } from './hashSecret.ts';

describe('hashSecret', () => {
  it('verifies the right secret only, and never stores it in clear', async () => {
    const hash = await hashSecret('correct horse');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifySecret('correct horse', hash)).toBe(true);
    expect(await verifySecret('wrong horse', hash)).toBe(false);
    expect(await hashSecret('correct horse')).not.toBe(hash);
  });

  it('stores passwords at scrypt cost 16384 unless PASSWORD_HASH_COST says otherwise', async () => {
    const config = readConfig({});
    expect(config.passwordHashCost).toBe(16384);
    expect(await hashSecret('correct horse', config.passwordHashCost)).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(readConfig({ PASSWORD_HASH_COST: '1024' }).passwordHashCost).toBe(1024);
  });

  it('verifies a hash by the cost it names, so hashes made before a change of cost still verify', async () => {
    const cheap = await hashSecret('correct horse', 16);
    const dear = await hashSecret('correct horse', 32768);
    expect(cheap).toMatch(/^scrypt\$16\$/);
    expect(dear).toMatch(/^scrypt\$32768\$/);
    for (const hash of [cheap, dear]) {
      expect(await verifySecret('correct horse', hash)).toBe(true);
      expect(await verifySecret('wrong horse', hash)).toBe(false);
    }
  });

  it('refuses a PASSWORD_HASH_COST that is not a power of two from 2 to 131072, naming the variable', () => {
    for (const wrong of ['1000', '1', '262144', 'cheap'])
      expect(() => readConfig({ PASSWORD_HASH_COST: wrong }), wrong).toThrow(/PASSWORD_HASH_COST/);
  });
});

describe('basicCredentials', () => {
  it('reads user and password (which may contain colons) and ignores other schemes', () => {
    expect(basicCredentials(`Basic ${Buffer.from('ann:pa:ss').toString('base64')}`)).toEqual({
      username: 'ann',
      password: 'pa:ss',
    });
    expect(basicCredentials('Bearer abc')).toBeUndefined();
    expect(basicCredentials(undefined)).toBeUndefined();
  });
});

describe('createFailureLimiter', () => {
  it('blocks a client after the allowed failures until the window ends; a success forgets only its own username', () => {
    const limiter = createFailureLimiter(2, 1000);
    limiter.recordFailure('ip', 'ann', 0);
    expect(limiter.retryAfterMs('ip', 10)).toBe(0);
    limiter.recordFailure('ip', 'ann', 20);
    expect(limiter.retryAfterMs('ip', 30)).toBe(970);
    expect(limiter.retryAfterMs('other', 30)).toBe(0);
    expect(limiter.retryAfterMs('ip', 1000)).toBe(0);
    limiter.recordFailure('ip', 'ann', 1001);
    limiter.recordSuccess('ip', 'ann');
    expect(limiter.retryAfterMs('ip', 1002)).toBe(0);
  });

  it('does not let a success as one user reset the failures counted for other usernames', () => {
    const limiter = createFailureLimiter(3, 1000);
    limiter.recordFailure('ip', 'victim', 0);
    limiter.recordFailure('ip', 'victim', 1);
    limiter.recordSuccess('ip', 'attacker');
    limiter.recordFailure('ip', 'other-victim', 2);
    expect(limiter.retryAfterMs('ip', 3)).toBe(997);
  });
});

describe('enrolment codes', () => {
  it('are four groups of four unambiguous characters, hashed the same however they are typed', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(hashEnrolmentCode(code.toLowerCase().replace(/-/g, ' '))).toBe(hashEnrolmentCode(code));
    expect(newEnrolmentCode()).not.toBe(code);
  });
});
