import { describeStorageFailure } from '../db/storageFailure';
import { clientMessages } from './clientMessages';

/** What the storage bar says; the layout ships them on every page (`<ClientMessages>`). */
export const STORAGE_MESSAGES = [
  'storage.full',
  'storage.fullAdvice',
  'storage.unavailable',
  'storage.unavailableAdvice',
  'storage.saved',
] as const;

let notice: HTMLElement | undefined;

/**
 * Tells the learner the state of this browser's storage: after a failed write, what it means and
 * what to do, in a bar kept in view at the bottom of the page; once everything waiting has been
 * written (`null`), that all is saved again.
 */
export function showStorageState(error: unknown): void {
  const t = clientMessages();
  if (error === null) {
    if (!notice || notice.dataset.state === 'saved') return;
    notice.dataset.state = 'saved';
    notice.setAttribute('role', 'status');
    notice.replaceChildren(Object.assign(document.createElement('p'), { textContent: t('storage.saved') }));
    const shown = notice;
    setTimeout(() => {
      if (shown.dataset.state !== 'saved') return;
      shown.remove();
      document.body.style.paddingBottom = '';
    }, 4_000);
    return;
  }
  const { kind } = describeStorageFailure(error);
  const [message, advice] = [t(`storage.${kind}`), t(`storage.${kind}Advice`)];
  if (!notice?.isConnected) {
    notice = document.createElement('div');
    notice.className = 'notice';
    // Fixed at the bottom: the learner is usually mid-page (answering a check) when a write fails.
    Object.assign(notice.style, {
      position: 'fixed',
      left: '0.5rem',
      right: '0.5rem',
      bottom: '0.5rem',
      margin: '0',
      zIndex: '20',
      maxHeight: '50vh',
      overflowY: 'auto',
      boxShadow: '0 2px 12px rgb(0 0 0 / 0.25)',
      fontSize: '0.95rem',
    });
    (document.querySelector('main') ?? document.body).append(notice);
  }
  if (notice.dataset.state === 'failing' && notice.querySelector('strong')?.textContent === message) return;
  notice.dataset.state = 'failing';
  notice.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.append(Object.assign(document.createElement('strong'), { textContent: message }));
  notice.replaceChildren(title, Object.assign(document.createElement('p'), { textContent: advice }));
  // Room below the page for the bar, so it never hides the end of the page or a button under it.
  document.body.style.paddingBottom = `${notice.offsetHeight + 16}px`;
}
