import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewTestLog } from '../lib/review/reviewTestLog';
import { AppDB } from './AppDB';
import { recordStatements } from './events';
import { dueReminder, reviewRemindersOn, setReviewReminders } from './reviewReminders';

const words = {
  locale: 'en',
  title: 'Time to review',
  body: { one: 'One question is due.', other: '{count} questions are due.' },
  url: '/review/',
};

describe('dueReminder', () => {
  let db: AppDB;
  afterEach(() => db.delete());
  const l = reviewTestLog();
  const withLog = async (name: string) => {
    db = new AppDB(name);
    await recordStatements([l.pass(0, 'm1', 'a'), l.pass(0, 'm1', 'b'), l.pass(0, 'gone', 'a')], db);
    return db;
  };

  it('shows nothing while reminders are off, however many cards are due', async () => {
    await withLog('reminders-off');
    expect(await reviewRemindersOn(db)).toBe(false);
    expect(await dueReminder(l.day(30), undefined, db)).toBeUndefined();
  });

  it('counts the due cards of checks still in the curriculum, in the learner’s words, and not twice for the same cards', async () => {
    await withLog('reminders-on');
    await setReviewReminders(words, db);
    expect(await reviewRemindersOn(db)).toBe(true);
    const curriculum = { modules: [{ id: 'm1', checks: ['a', 'b'] }] };
    expect(await dueReminder(l.day(1), curriculum, db)).toBeUndefined();
    expect(await dueReminder(l.day(30), curriculum, db)).toEqual({
      title: 'Time to review',
      body: '2 questions are due.',
      url: '/review/',
    });
    expect(await dueReminder(l.day(31), curriculum, db)).toBeUndefined();
    await setReviewReminders(undefined, db);
    expect(await reviewRemindersOn(db)).toBe(false);
  });
});
