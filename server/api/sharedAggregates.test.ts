import { describe, expect, it } from 'vitest';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { storableStatement } from '../testing/storableStatement.ts';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { sharedAggregates } from './sharedAggregates.ts';

const curriculum = { version: 'v1' } as PlannerCurriculum;

describe.each(TEST_BACKENDS)('per-learner aggregates of several kinds ($name)', (backend) => {
  const repository = useTestRepository(backend, { each: true });

  it("parses a kind's stored summaries when a report first asks for that kind, not the other kinds'", async () => {
    // As a long-running process left the table: every learner's summary of each kind, and each kind's cursor.
    const cursor = JSON.stringify({ through: 0, curriculum: 'v1', kinds: ['evidence', 'workforce'] });
    await repository.writeAggregates('evidence', [
      ['ana', '{"hours":2}'],
      ['ben', 'null'],
      ['', cursor],
    ]);
    // A summary that is not JSON: only a read of the workforce kind can meet it.
    await repository.writeAggregates('workforce', [
      ['ana', '{"levels":'],
      ['', cursor],
    ]);
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

  it('keeps a summary derived after the first read, not the older one read then and parsed later', async () => {
    const ana = 'mbox:mailto:ana@x.com';
    const cursor = JSON.stringify({ through: 0, curriculum: 'v1', kinds: ['evidence', 'workforce'] });
    for (const kind of ['evidence', 'workforce'])
      await repository.writeAggregates(kind, [
        [ana, '{"derived":"before"}'],
        ['', cursor],
      ]);
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
