import { describe, expect, it } from 'vitest';
import { parseInviteeList } from './parseInviteeList';

describe('parseInviteeList', () => {
  it('reads one person a line: name or e-mail, then region and function when given', () => {
    expect(parseInviteeList('Ana Lima, multi-payer, KAM\nbo@example.org\n\n  Cy ; emerging ')).toEqual([
      { invitee: 'Ana Lima', region: 'multi-payer', jobFunction: 'KAM', line: 1 },
      { invitee: 'bo@example.org', region: '', jobFunction: '', line: 2 },
      { invitee: 'Cy', region: 'emerging', jobFunction: '', line: 4 },
    ]);
  });

  it('follows a header row, whatever order it puts the columns in, and reads tabs from a spreadsheet', () => {
    expect(parseInviteeList('Function\tE-mail\tRegion\nMSL\tdee@example.org\tsingle-payer')).toEqual([
      { invitee: 'dee@example.org', region: 'single-payer', jobFunction: 'MSL', line: 2 },
    ]);
  });

  it('keeps quoted commas inside a name and lists a repeated person once', () => {
    expect(parseInviteeList('"Lima, Ana",multi-payer\n"lima, ana",emerging')).toEqual([
      { invitee: 'Lima, Ana', region: 'multi-payer', jobFunction: '', line: 1 },
    ]);
  });

  it('keeps each person’s line in the text, past blank lines, a header and a quoted line break', () => {
    const lines = parseInviteeList('name,region\n\nAna,emerging\n"Bo\nBoss",global\nCy,nowhere').map((i) => i.line);
    expect(lines).toEqual([3, 5, 6]);
  });

  it('finds nobody in blank text', () => {
    expect(parseInviteeList(' \n\n')).toEqual([]);
  });
});
