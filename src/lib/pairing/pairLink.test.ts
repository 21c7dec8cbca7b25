import { describe, expect, it } from 'vitest';
import { isPairingCode, pairCodeOf, pairLink } from './pairLink';

describe('pairLink', () => {
  it('carries the code in the fragment of the Sync page, where pairCodeOf finds it', () => {
    const link = pairLink('https://coe.example/fr/', '7G2K-M4QX');
    expect(link).toBe('https://coe.example/fr/sync/#pair=7G2K-M4QX');
    expect(pairCodeOf(new URL(link).hash)).toBe('7G2K-M4QX');
    expect(pairCodeOf('#invite=ABCD')).toBeUndefined();
  });

  it('tells a short pairing code from an enrolment code', () => {
    expect(isPairingCode('7g2k m4qx')).toBe(true);
    expect(isPairingCode('7G2K-M4QX-AB12-CD34')).toBe(false);
  });
});
