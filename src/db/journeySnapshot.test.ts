import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { journeySnapshotOf } from '../lib/journey/journeySnapshotOf';
import { journeyDocument } from '../lib/workforce/testCurriculum';
import { AppDB } from './AppDB';
import { adoptJourneyRecord, loadJourneyRecord, saveJourneySnapshot } from './journeySnapshot';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});
const { device: _device, ...record } = journeyDocument('emerging', 'value-path');
const estimate = { competency: 'mapping', level: 2, confidence: 'low' as const, answered: 1, total: 1 };
const at = (iso: string) => () => new Date(iso);

describe('the stored journey as a record', () => {
  it('reads the saved machine snapshot as a journey record, with when it changed and was last assessed', async () => {
    db = new AppDB('journey-record');
    expect(await loadJourneyRecord(db)).toBeUndefined();
    const snapshot = journeySnapshotOf(record);
    await saveJourneySnapshot(
      { ...snapshot, context: { ...snapshot.context, estimates: [estimate] } },
      db,
      at('2026-03-02T10:00:00Z'),
    );
    await saveJourneySnapshot(
      { ...snapshot, context: { ...snapshot.context, estimates: [estimate], currentModuleId: 'value' } },
      db,
      at('2026-03-02T11:00:00Z'),
    );
    expect(await loadJourneyRecord(db)).toEqual({
      ...record,
      levels: [estimate],
      progress: { ...record.progress, currentModuleId: 'value' },
      assessedAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T11:00:00.000Z',
    });
  });

  it('adopts a record from another device as this browser’s journey', async () => {
    db = new AppDB('journey-adopt');
    await adoptJourneyRecord(record, db);
    expect(await loadJourneyRecord(db)).toEqual(record);
    expect((await db.journey.get('me'))?.snapshot).toEqual(journeySnapshotOf(record));
  });

  it('reads a saved journey it cannot make sense of as none', async () => {
    db = new AppDB('journey-unreadable');
    await saveJourneySnapshot({ context: { target: 'model' } }, db);
    expect(await loadJourneyRecord(db)).toBeUndefined();
  });
});
