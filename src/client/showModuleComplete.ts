import type { MessageId } from '../i18n/en';
import type { Translate } from '../lib/i18n/createTranslator';
import type { AfterModule } from '../lib/journey/afterModule';
import { withNodes } from './clientMessages';
import { pageBase } from './pageBase';

/**
 * Makes finishing a module a moment: the "Module complete" panel is placed right after the check
 * that completed it (where the learner is), filled with the journey's next step — or, at the end
 * of the journey, the levels reached and what comes next — then scrolled to and focused.
 */
export function showModuleComplete(
  panel: HTMLElement,
  after: Element | null,
  next: AfterModule,
  levelName: (level: number) => string,
  t: Translate<MessageId>,
): void {
  const base = pageBase();
  const body = panel.querySelector<HTMLElement>('[data-module-complete-body]')!;
  if (next.kind === 'next') {
    body.replaceChildren(
      paragraph(
        ...withNodes(t('moduleComplete.next', { link: '{link}' }), {
          link: link(`${base}modules/${next.moduleId}/`, next.title, 'button'),
        }),
      ),
    );
  } else if (next.kind === 'journeyDone') {
    const heading = document.createElement('h3');
    heading.textContent = t('moduleComplete.finished');
    const list = document.createElement('ul');
    list.setAttribute('aria-label', t('moduleComplete.levels'));
    for (const l of next.levels) {
      const item = document.createElement('li');
      item.textContent = t('moduleComplete.levelReached', {
        competency: l.name,
        name: levelName(l.reached),
        level: l.reached,
        target: l.target,
      });
      list.append(item);
    }
    body.replaceChildren(
      heading,
      paragraph(t('moduleComplete.levelsIntro')),
      list,
      paragraph(
        ...withNodes(t('moduleComplete.whatNext', { reassess: '{reassess}', paths: '{paths}' }), {
          reassess: link(`${base}journey/`, t('moduleComplete.reassess')),
          paths: link(`${base}paths/`, t('moduleComplete.paths')),
        }),
      ),
    );
  } else {
    body.replaceChildren(
      paragraph(
        ...withNodes(t('moduleComplete.assess', { link: '{link}' }), {
          link: link(`${base}assessment/`, t('moduleComplete.assessLink')),
        }),
      ),
    );
  }
  if (after) after.after(panel);
  panel.hidden = false;
  panel.scrollIntoView({ block: 'center' });
  panel.focus({ preventScroll: true });
}

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}
