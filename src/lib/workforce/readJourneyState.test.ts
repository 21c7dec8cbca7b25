import { describe, expect, it } from 'vitest';
import { readJourneyState } from './readJourneyState.ts';
import { journeyDocument } from './testCurriculum.ts';

const plan = { target: { kind: 'model' }, targets: [], stages: [], totalMinutes: 0, uncovered: [] };
/** The journey State document as sync wrote it before journey records: the machine's persisted snapshot. */
const snapshotDocument = (context: Record<string, unknown>) => ({
  snapshot: { status: 'active', value: 'planned', context },
  updatedAt: '2026-03-01T10:00:00Z',
  device: 'd1',
});

describe('readJourneyState', () => {
  it('reads the region, the path a journey targets and whether it is planned', () => {
    expect(readJourneyState(journeyDocument('emerging', 'value-and-insight'))).toEqual({
      region: 'emerging',
      pathId: 'value-and-insight',
      planned: true,
    });
  });

  it('gives no path for a model or competency target, and no plan before the assessment is finished', () => {
    expect(readJourneyState(journeyDocument('global', null, false))).toEqual({
      region: 'global',
      pathId: null,
      planned: false,
    });
    expect(
      readJourneyState({
        ...journeyDocument('global', null, false),
        target: { kind: 'competency', competency: 'x', level: 2 },
      })?.pathId,
    ).toBeNull();
  });

  it('still reads a document in the snapshot shape sync wrote before journey records', () => {
    expect(
      readJourneyState(
        snapshotDocument({ region: 'emerging', target: { kind: 'path', pathId: 'value' }, journey: plan }),
      ),
    ).toEqual({ region: 'emerging', pathId: 'value', planned: true });
    expect(readJourneyState(snapshotDocument({ region: 'global', target: { kind: 'model' }, journey: null }))).toEqual({
      region: 'global',
      pathId: null,
      planned: false,
    });
  });

  it('treats anything that is not a journey document as missing', () => {
    expect(readJourneyState(undefined)).toBeUndefined();
    expect(readJourneyState({ snapshot: 'oops' })).toBeUndefined();
    expect(readJourneyState(snapshotDocument({ target: { kind: 'model' } }))).toBeUndefined();
    expect(readJourneyState({ ...journeyDocument('global', null), region: '' })).toBeUndefined();
  });
});
