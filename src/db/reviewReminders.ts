import { formatMessage } from '../lib/i18n/formatMessage';
import { cardsInCurriculum } from '../lib/review/cardsInCurriculum';
import { reviewReminder } from '../lib/review/reviewReminder';
import { reviewSchedule } from '../lib/review/reviewSchedule';
import type { AppDB, ReminderRecord } from './AppDB';
import { db as defaultDb } from './db';
import { loadStatements } from './events';

/** Turns review reminders on with the words they will say (the learner's language), or off (`undefined`). */
export async function setReviewReminders(words: ReminderRecord['words'] | undefined, db: AppDB = defaultDb) {
  if (words === undefined) await db.reminders.delete('review');
  else await db.reminders.put({ id: 'review', words, reminded: [] });
}

/** Whether review reminders are on in this browser. */
export async function reviewRemindersOn(db: AppDB = defaultDb): Promise<boolean> {
  return (await db.reminders.get('review')) !== undefined;
}

/**
 * The notification the service worker should show at `now`, or undefined: reminders on, and a card
 * due that no reminder announced yet (`reviewReminder`), counted over the schedule derived from the
 * log as the review page derives it (cards of checks no longer in `curriculum` left out, when given).
 * The cards it announces are recorded, so the next wake-up does not announce them again.
 */
export async function dueReminder(
  now: Date,
  curriculum?: Parameters<typeof cardsInCurriculum>[1],
  db: AppDB = defaultDb,
): Promise<{ title: string; body: string; url: string } | undefined> {
  return db.transaction('rw', db.reminders, db.events, async () => {
    const record = await db.reminders.get('review');
    if (record === undefined) return undefined;
    const all = reviewSchedule(await loadStatements(db));
    const cards = curriculum ? cardsInCurriculum(all, curriculum) : all;
    const reminder = reviewReminder(cards, now, record.reminded);
    if (reminder === undefined) return undefined;
    await db.reminders.put({ ...record, reminded: reminder.reminded });
    const { locale, title, body, url } = record.words;
    return { title, body: formatMessage(locale, body, { count: reminder.count }), url };
  });
}
