import { Workbox } from 'workbox-window';

/** What the notices say, in the site's words: the component reads them from the message catalogue. */
export interface ServiceWorkerWords {
  ready: string;
  update: string;
  reload: string;
  dismiss: string;
}

/**
 * Registers the service worker that `src/integrations/serviceWorker.ts` writes at build time (with
 * workbox-window), and tells the learner about it in `region` (a polite live region): once when the site
 * first becomes available offline, and whenever a newer build is installed and waiting, with a button
 * to switch to it.
 */
export function registerServiceWorker(region: HTMLElement, words: ServiceWorkerWords): void {
  // `astro dev` has no sw.js, and a worker caching dev modules would only get in authors' way.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let reloadRequested = false;

  workbox.addEventListener('controlling', (event) => {
    if (reloadRequested) window.location.reload();
    // Not an update: the first worker, which activates on its own and claims the page.
    else if (!event.isUpdate) showNotice(region, words.ready, words.dismiss);
  });
  // A newer build installed (now or on an earlier visit) and waiting: skipWaiting is false in the worker.
  workbox.addEventListener('waiting', () => {
    showNotice(region, words.update, words.dismiss, {
      label: words.reload,
      run: () => {
        // Another tab may have switched to it already; then the page only needs reloading.
        if (!registration?.waiting) {
          window.location.reload();
          return;
        }
        reloadRequested = true; // reload on the controllerchange this message causes
        workbox.messageSkipWaiting();
      },
    });
  });

  let registration: ServiceWorkerRegistration | undefined;
  // register() waits for the page's load event: precaching the whole site should not compete with it.
  workbox.register().then(
    (registered) => (registration = registered),
    (error: unknown) => console.warn('Cohesion could not set up offline use:', error), // the site still works online
  );
}

let noticeCount = 0;

/** Replaces whatever notice `region` shows with `message`, an optional action button and a button labelled `dismiss`. */
function showNotice(
  region: HTMLElement,
  message: string,
  dismiss: string,
  action?: { label: string; run: () => void },
): void {
  const id = `sw-notice-${++noticeCount}`;
  const notice = document.createElement('div');
  notice.className = 'sw-notice';
  const text = document.createElement('p');
  text.id = id;
  text.textContent = message;
  notice.append(text);

  const buttons = document.createElement('div');
  buttons.className = 'sw-notice-actions';
  if (action) buttons.append(button(action.label, 'button', id, action.run));
  buttons.append(
    button(dismiss, 'button secondary', id, () => {
      const hadFocus = notice.contains(document.activeElement);
      notice.remove();
      // Focus would otherwise fall back to the top of the document; the main content is where the learner was.
      if (hadFocus) document.getElementById('main')?.focus();
    }),
  );
  notice.append(buttons);
  region.replaceChildren(notice);
}

function button(label: string, className: string, describedBy: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.setAttribute('aria-describedby', describedBy); // "Dismiss" alone would not say what it dismisses
  element.addEventListener('click', onClick);
  return element;
}
