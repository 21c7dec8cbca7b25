import { dueReminder } from '../db/reviewReminders';
import { REVIEW_REMINDER_TAG } from '../lib/review/reviewReminder';

// Bundled into /sw-review-reminder.js at build time and imported by sw.js (src/integrations/serviceWorker.ts).
// The DOM library has no service-worker types: the little used here is declared.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface PeriodicSyncEvent extends ExtendableEvent {
  tag: string;
}
interface NotificationEvent extends ExtendableEvent {
  notification: Notification & { data?: { url?: string } };
}
interface WorkerScope {
  addEventListener(type: 'periodicsync', listener: (event: PeriodicSyncEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
  registration: ServiceWorkerRegistration;
  clients: {
    matchAll(options: { type: 'window' }): Promise<Array<{ url: string; focus(): Promise<unknown> }>>;
    openWindow(url: string): Promise<unknown>;
  };
}
const scope = self as unknown as WorkerScope;

/** The checks the site asks today (the precached curriculum, else the network); undefined counts every card. */
async function curriculum() {
  try {
    const response =
      (await caches.match('/curriculum.json', { ignoreSearch: true })) ?? (await fetch('/curriculum.json'));
    return response.ok ? ((await response.json()) as { modules: Array<{ id: string; checks: string[] }> }) : undefined;
  } catch {
    return undefined;
  }
}

/** One notification when cards fell due that no reminder announced yet; nothing otherwise. */
async function remind() {
  const note = await dueReminder(new Date(), await curriculum());
  if (note === undefined) return;
  await scope.registration.showNotification(note.title, {
    body: note.body,
    tag: REVIEW_REMINDER_TAG,
    icon: '/icon-192.png',
    data: { url: note.url },
  });
}

scope.addEventListener('periodicsync', (event) => {
  if (event.tag === REVIEW_REMINDER_TAG) event.waitUntil(remind());
});

// Opening the reminder opens (or focuses) the review page.
scope.addEventListener('notificationclick', (event) => {
  if (event.notification.tag !== REVIEW_REMINDER_TAG) return;
  event.notification.close();
  const url = event.notification.data?.url ?? '/review/';
  event.waitUntil(
    scope.clients.matchAll({ type: 'window' }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname === url);
      return open ? open.focus() : scope.clients.openWindow(url);
    }),
  );
});
