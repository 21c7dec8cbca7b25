import { describe, expect, it } from 'vitest';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { storableStatement } from '../testing/storableStatement.ts';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { sharedAggregates } from './sharedAggregates.ts';

const curriculum = { version: 'v1' } as PlannerCurriculum;

describe.each(TEST_BACKENDS)('per-learner aggregates of several kinds ($name)', (backend) => {
  const repository = useTestRepository(backend, { each: true });
  /** The table as a long-running process left it: each kind's summaries, and its cursor. */
  const storeSummaries = async (summaries: Record<string, Array<[string, string]>>) => {
    const cursor = JSON.stringify({ through: 0, curriculum: 'v1', kinds: Object.keys(summaries).sort() });
    for (const [kind, entries] of Object.entries(summaries))
      await repository.writeAggregates(kind, [...entries, ['', cursor]]);
  };

  it("parses a kind's stored summaries when a report first asks for that kind, not the other kinds'", async () => {
    // A workforce summary that is not JSON: only a read of the workforce kind can meet it.
    await storeSummaries({
      evidence: [
        ['ana', '{"hours":2}'],
        ['ben', 'null'],
      ],
      workforce: [['ana', '{"levels":']],
    });
    const aggregates = sharedAggregates(repository, async () => curriculum, {
      evidence: () => ({}),
      workforce: () => ({}),
    });
    try {
      const { parts } = await aggregates.snapshot('evidence');
      expect([...parts]).toEqual([['ana', { hours: 2 }]]);
      await expect(aggregates.snapshot('workforce')).rejects.toThrow(SyntaxError);
    } finally {
      await aggregates.close();
    }
  });

  it('gives the summaries of a kind kept as JSON as stored, those derived since included, without parsing them', async () => {
    // A stored evidence summary that is not JSON: a kind kept as JSON hands it on (its reader parses it), not throws.
    await storeSummaries({
      evidence: [
        ['ana', '{"hours":'],
        ['ben', 'null'],
      ],
      workforce: [['ana', '{"levels":{}}']],
    });
    const aggregates = sharedAggregates(
      repository,
      async () => curriculum,
      { evidence: () => ({ derived: 'here' }), workforce: () => ({ derived: 'here' }) },
      ['evidence'],
    );
    try {
      expect([...(await aggregates.snapshot('evidence')).parts]).toEqual([['ana', '{"hours":']]);
      expect((await aggregates.snapshot('workforce')).parts.get('ana')).toEqual({ levels: {} });
      const cara = 'mbox:mailto:cara@x.com';
      const statement = storableStatement({ actor: { mbox: 'mailto:cara@x.com' }, object: { id: 'urn:cohesion:m1' } });
      await repository.insertStatements([statement], [], isSameStatement);
      expect((await aggregates.snapshot('evidence')).parts.get(cara)).toBe('{"derived":"here"}');
      expect((await aggregates.snapshot('workforce')).parts.get(cara)).toEqual({ derived: 'here' });
    } finally {
      await aggregates.close();
    }
  });

  it('reads the stored summaries of the kind a report asks for, and the other kinds only when asked', async () => {
    await storeSummaries({ evidence: [['ana', '{"kind":"evidence"}']], workforce: [['ana', '{"kind":"workforce"}']] });
    const wholeReads: string[] = [];
    const counting = {
      ...repository,
      readAggregates: (kind: string, keys?: readonly string[]) => {
        if (keys === undefined) wholeReads.push(kind);
        return repository.readAggregates(kind, keys);
      },
    };
    const aggregates = sharedAggregates(counting, async () => curriculum, {
      evidence: () => ({}),
      workforce: () => ({}),
    });
    try {
      const [first, second] = await Promise.all([aggregates.snapshot('evidence'), aggregates.snapshot('evidence')]);
      expect(first.parts.get('ana')).toEqual({ kind: 'evidence' });
      expect(second.parts).toBe(first.parts);
      expect(wholeReads).toEqual(['evidence']);
      expect((await aggregates.snapshot('workforce')).parts.get('ana')).toEqual({ kind: 'workforce' });
      await aggregates.snapshot('workforce');
      expect(wholeReads).toEqual(['evidence', 'workforce']);
    } finally {
      await aggregates.close();
    }
  });

  it("keeps what another process derived while this one had not read that kind yet, not the older row's parse", async () => {
    const ana = 'mbox:mailto:ana@x.com';
    await storeSummaries({ evidence: [[ana, '{"derived":"before"}']], workforce: [[ana, '{"derived":"before"}']] });
    const derive = (by: string) => ({ evidence: () => ({ derived: by }), workforce: () => ({ derived: by }) });
    const here = sharedAggregates(repository, async () => curriculum, derive('here'));
    const there = sharedAggregates(repository, async () => curriculum, derive('there'));
    try {
      await here.snapshot('evidence'); // the workforce summaries are not read
      const statement = storableStatement({ actor: { mbox: 'mailto:ana@x.com' }, object: { id: 'urn:cohesion:m1' } });
      await repository.insertStatements([statement], [], isSameStatement);
      await there.snapshot('evidence'); // the other process derives Ana and stores both kinds
      expect((await here.snapshot('workforce')).parts.get(ana)).toEqual({ derived: 'there' });
    } finally {
      await here.close();
      await there.close();
    }
  });

  it('keeps a summary derived after the first read, not the older one read then and parsed later', async () => {
    const ana = 'mbox:mailto:ana@x.com';
    await storeSummaries({ evidence: [[ana, '{"derived":"before"}']], workforce: [[ana, '{"derived":"before"}']] });
    const aggregates = sharedAggregates(repository, async () => curriculum, {
      evidence: () => ({ derived: 'after' }),
      workforce: () => ({ derived: 'after' }),
    });
    try {
      await aggregates.snapshot('evidence'); // the first read: the workforce summaries are left unparsed
      const statement = storableStatement({ actor: { mbox: 'mailto:ana@x.com' }, object: { id: 'urn:cohesion:m1' } });
      await repository.insertStatements([statement], [], isSameStatement);
      // The next read derives Ana's summaries from her statements, then parses what is left of the first read.
      expect((await aggregates.snapshot('workforce')).parts.get(ana)).toEqual({ derived: 'after' });
      expect((await aggregates.snapshot('evidence')).parts.get(ana)).toEqual({ derived: 'after' });
    } finally {
      await aggregates.close();
    }
  });
});
