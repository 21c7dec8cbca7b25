import { describe, expect, it } from 'vitest';
import { parseInviteeList } from './parseInviteeList';

describe('parseInviteeList', () => {
  it('reads one person a line: name or e-mail, then region and function when given', () => {
    expect(parseInviteeList('Ana Lima, multi-payer, KAM\nbo@example.org\n\n  Cy ; emerging ')).toEqual([
      { invitee: 'Ana Lima', region: 'multi-payer', jobFunction: 'KAM' },
      { invitee: 'bo@example.org', region: '', jobFunction: '' },
      { invitee: 'Cy', region: 'emerging', jobFunction: '' },
    ]);
  });

  it('follows a header row, whatever order it puts the columns in, and reads tabs from a spreadsheet', () => {
    expect(parseInviteeList('Function\tE-mail\tRegion\nMSL\tdee@example.org\tsingle-payer')).toEqual([
      { invitee: 'dee@example.org', region: 'single-payer', jobFunction: 'MSL' },
    ]);
  });

  it('keeps quoted commas inside a name and lists a repeated person once', () => {
    expect(parseInviteeList('"Lima, Ana",multi-payer\n"lima, ana",emerging')).toEqual([
      { invitee: 'Lima, Ana', region: 'multi-payer', jobFunction: '' },
    ]);
  });

  it('finds nobody in blank text', () => {
    expect(parseInviteeList(' \n\n')).toEqual([]);
  });
});
