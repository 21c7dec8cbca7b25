import { describe, expect, it } from 'vitest';
import { readJourneyState } from './readJourneyState.ts';

const document = (context: Record<string, unknown>) => ({
  snapshot: { status: 'active', value: 'planned', context },
  updatedAt: '2026-03-01T10:00:00Z',
  device: 'd1',
});

describe('readJourneyState', () => {
  it('reads the region, the path a journey targets and whether it is planned', () => {
    expect(
      readJourneyState(
        document({
          region: 'emerging',
          target: { kind: 'path', pathId: 'value-and-insight' },
          journey: { stages: [] },
        }),
      ),
    ).toEqual({
      region: 'emerging',
      pathId: 'value-and-insight',
      planned: true,
    });
  });

  it('gives no path for a model or competency target, and no plan before the assessment is finished', () => {
    expect(readJourneyState(document({ region: 'global', target: { kind: 'model' }, journey: null }))).toEqual({
      region: 'global',
      pathId: null,
      planned: false,
    });
    expect(
      readJourneyState(
        document({ region: 'global', target: { kind: 'competency', competency: 'x', level: 2 }, journey: null }),
      )?.pathId,
    ).toBeNull();
  });

  it('treats anything that is not a journey document as missing', () => {
    expect(readJourneyState(undefined)).toBeUndefined();
    expect(readJourneyState({ snapshot: 'oops' })).toBeUndefined();
    expect(readJourneyState(document({ target: { kind: 'model' } }))).toBeUndefined();
  });
});
