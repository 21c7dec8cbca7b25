import { type AfterModule, describeLevelReached } from '../lib/journey/afterModule';

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
): void {
  const body = panel.querySelector<HTMLElement>('[data-module-complete-body]')!;
  if (next.kind === 'next') {
    body.replaceChildren(paragraph('Next in your journey: ', link(`/modules/${next.moduleId}/`, next.title, 'button')));
  } else if (next.kind === 'journeyDone') {
    const heading = document.createElement('h3');
    heading.textContent = 'You have finished your journey';
    const list = document.createElement('ul');
    list.setAttribute('aria-label', 'Levels reached');
    for (const l of next.levels) {
      const item = document.createElement('li');
      item.textContent = describeLevelReached(l, levelName);
      list.append(item);
    }
    body.replaceChildren(
      heading,
      paragraph('The levels you have reached:'),
      list,
      paragraph(
        'What comes next: ',
        link('/journey/', 'reassess yourself to confirm them, or aim higher'),
        ' · ',
        link('/paths/', 'choose another learning path'),
      ),
    );
  } else {
    body.replaceChildren(
      paragraph(link('/assessment/', 'Take the self-assessment'), ' to get a journey that says what to learn next.'),
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
