import { reviewRemindersOn, setReviewReminders } from '../db/reviewReminders';
import { REVIEW_REMINDER_TAG } from '../lib/review/reviewReminder';
import { clientCatalogue, clientMessages } from './clientMessages';
import { pageBase } from './pageBase';

/** What the reminders toggle says from its script; the review page ships them (`<ClientMessages>`). */
export const REVIEW_REMINDER_MESSAGES = [
  'reviewReminders.on',
  'reviewReminders.off',
  'reviewReminders.denied',
  'reviewReminders.failed',
  'reviewReminders.title',
  'reviewReminders.body',
] as const;

/** Periodic Background Sync, where the browser has it (not in the DOM library's types yet). */
interface PeriodicSync {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}
const periodicSyncOf = (registration: ServiceWorkerRegistration | undefined) =>
  (registration as (ServiceWorkerRegistration & { periodicSync?: PeriodicSync }) | undefined)?.periodicSync;

/** The browser asks the worker at most this often; it chooses when, by how the site is used. */
const MIN_INTERVAL_MS = 12 * 60 * 60 * 1000;

/**
 * The review page's "Remind me" toggle: shown only where the browser has notifications and Periodic
 * Background Sync (feature-detected on the service worker registration), hidden and inert elsewhere.
 * Turning it on asks for notification permission, registers the periodic sync and saves the words the
 * worker's notification says, in the page's language; turning it off unregisters and forgets them.
 */
export async function bindReviewReminders(box: HTMLElement): Promise<void> {
  const supported =
    'Notification' in window && 'serviceWorker' in navigator && 'periodicSync' in ServiceWorkerRegistration.prototype;
  if (!supported) return;
  const t = clientMessages();
  const toggle = box.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  const registered: string[] =
    (await periodicSyncOf(await navigator.serviceWorker.getRegistration())
      ?.getTags()
      .catch(() => [])) ?? [];
  toggle.checked =
    (await reviewRemindersOn()) && Notification.permission === 'granted' && registered.includes(REVIEW_REMINDER_TAG);
  box.hidden = false;

  const turnOn = async () => {
    if ((await Notification.requestPermission()) !== 'granted') return t('reviewReminders.denied');
    try {
      await periodicSyncOf(await navigator.serviceWorker.ready)!.register(REVIEW_REMINDER_TAG, {
        minInterval: MIN_INTERVAL_MS,
      });
    } catch (error) {
      return t('reviewReminders.failed', { error: (error as Error).message });
    }
    const { locale, messages } = clientCatalogue();
    const words = {
      locale,
      title: messages['reviewReminders.title'],
      body: messages['reviewReminders.body'],
      url: `${pageBase()}review/`,
    };
    await setReviewReminders({ ...words, title: String(words.title) });
    return undefined;
  };
  const turnOff = async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await periodicSyncOf(registration)
      ?.unregister(REVIEW_REMINDER_TAG)
      .catch(() => {});
    await setReviewReminders(undefined);
  };

  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    if (toggle.checked) {
      const refused = await turnOn();
      toggle.checked = refused === undefined;
      status.textContent = refused ?? t('reviewReminders.on');
    } else {
      await turnOff();
      status.textContent = t('reviewReminders.off');
    }
    toggle.disabled = false;
  });
}
