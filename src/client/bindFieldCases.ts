import { clientMessages } from './clientMessages';
import { whenNearScreen } from './whenNearScreen';

/** What the "From the field" lists say; FieldCases.astro ships them (`<ClientMessages>`). */
export const FIELD_CASES_MESSAGES = ['fieldCases.some', 'fieldCases.none', 'fieldCases.cached'] as const;

/**
 * Fills every "From the field" section on the page (`[data-field-cases]`: competency ids) once the
 * first comes near the screen: the library is asked once (or read from this device's copy when
 * offline) and each section lists the cases that illustrate one of its competencies, linking to them.
 */
export function bindFieldCases(root: ParentNode): void {
  whenNearScreen([...root.querySelectorAll<HTMLElement>('[data-field-cases]:not([data-bound])')], fill);
}

function fill(sections: HTMLElement[]): void {
  const t = clientMessages();
  for (const section of sections) section.dataset.bound = '';
  void import('./fieldCaseLibrary').then(async ({ loadFieldCases }) => {
    const view = await loadFieldCases();
    for (const section of sections) {
      const wanted = new Set(section.dataset.fieldCases!.split(' '));
      const cases = view.cases.filter((c) => c.competencies.some((x) => wanted.has(x.competency)));
      const status = section.querySelector<HTMLElement>('[data-field-cases-status]')!;
      const list = section.querySelector<HTMLElement>('[data-field-cases-list]')!;
      status.textContent = [
        cases.length > 0 ? t('fieldCases.some', { count: cases.length }) : t('fieldCases.none'),
        !view.fresh && view.cachedAt ? t('fieldCases.cached') : '',
      ]
        .filter(Boolean)
        .join(' ');
      list.replaceChildren(
        ...cases.map((c) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = `${section.dataset.library}#case-${c.id}`;
          link.textContent = c.title;
          item.append(link);
          return item;
        }),
      );
      list.hidden = cases.length === 0;
    }
  });
}
