import { describe, expect, it } from 'vitest';
import { invitationsCsv } from './invitationsCsv';
import { inviteCodeOf, inviteLink } from './inviteLink';

describe('inviteLink', () => {
  it('puts the code in the fragment of the Sync page, in the site’s locale', () => {
    expect(inviteLink('https://coe.example/fr/', '7G2K-AAAA-BBBB-CCCC')).toBe(
      'https://coe.example/fr/sync/#invite=7G2K-AAAA-BBBB-CCCC',
    );
  });

  it('reads the code back from the fragment, and nothing from another fragment', () => {
    const { hash } = new URL(inviteLink('https://coe.example/', '7G2K-AAAA-BBBB-CCCC'));
    expect(inviteCodeOf(hash)).toBe('7G2K-AAAA-BBBB-CCCC');
    expect(inviteCodeOf('#status')).toBeUndefined();
    expect(inviteCodeOf('')).toBeUndefined();
  });
});

describe('invitationsCsv', () => {
  it('writes one row per invitation under a header a mail merge can use, quoting commas', () => {
    const csv = invitationsCsv([
      {
        invitee: 'Lima, Ana',
        region: 'multi-payer',
        jobFunction: 'KAM',
        link: 'https://coe.example/sync/#invite=X',
        expiresAt: '2026-12-15T00:00:00.000Z',
      },
    ]);
    expect(csv).toBe(
      '\uFEFFinvitee,region,function,link,expires\r\n"Lima, Ana",multi-payer,KAM,https://coe.example/sync/#invite=X,2026-12-15T00:00:00.000Z\r\n',
    );
  });
});
