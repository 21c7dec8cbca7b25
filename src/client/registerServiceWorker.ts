/**
 * Registers the service worker that `src/integrations/serviceWorker.ts` writes at build time, and tells
 * the learner about it in `region` (a polite live region): once when the site first becomes available
 * offline, and whenever a newer build is installed and waiting, with a button to switch to it.
 */
export function registerServiceWorker(region: HTMLElement): void {
  // `astro dev` has no sw.js, and a worker caching dev modules would only get in authors' way.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // No controller at load means this page was not served by a worker: the next one to take control is the first.
  const hadController = container.controller !== null;
  let reloadRequested = false;

  container.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
    else if (!hadController) showNotice(region, 'Cohesion is ready to work offline.');
  });

  const register = async () => {
    const registration = await container.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('Cohesion could not set up offline use:', error); // the site still works online
      return undefined;
    });
    // Also undefined where registration is stubbed out (Playwright's serviceWorkers: 'block').
    if (!registration) return;
    // A newer build installed on an earlier visit and still waiting for every old tab to close.
    if (registration.waiting && container.controller) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      if (!installing) return;
      installing.addEventListener('statechange', () => {
        // Installed while a worker already controls the page: new content, waiting (skipWaiting is false).
        // Installed without one: the first install, which activates on its own and claims the page.
        if (installing.state === 'installed' && container.controller) offerUpdate(installing);
      });
    });
  };

  const offerUpdate = (waiting: ServiceWorker) => {
    showNotice(region, 'New content is available.', {
      label: 'Reload',
      run: () => {
        // Another tab may have switched to it already; then the page only needs reloading.
        if (waiting.state === 'activated' || container.controller === waiting) {
          window.location.reload();
          return;
        }
        reloadRequested = true; // reload on the controllerchange this message causes
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };

  // Precaching the whole site should not compete with the page's own first load.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

let noticeCount = 0;

/** Replaces whatever notice `region` shows with `message`, an optional action button and "Dismiss". */
function showNotice(region: HTMLElement, message: string, action?: { label: string; run: () => void }): void {
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
    button('Dismiss', 'button secondary', id, () => {
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
