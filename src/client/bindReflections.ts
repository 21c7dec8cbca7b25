import { mayHoldDatabase } from '../db/databaseName';
import { clientMessages } from './clientMessages';
import { whenNearScreen } from './whenNearScreen';

/** What a reflection's status line says; Reflection.astro, Exercise.astro and KnowledgeCheck.astro ship them (`<ClientMessages>`). */
export const REFLECTION_MESSAGES = ['reflection.saved', 'reflection.notSaved'] as const;

/**
 * Loads and saves every reflection textarea on the page. The database code is imported only when
 * a reflection comes near the screen (reflections sit below the fold), so a page costs no
 * IndexedDB code until the learner reads down to one; and in a browser without Cohesion's database
 * (see mayHoldDatabase) only when the learner writes: reading a page must not create the database.
 */
export function bindReflections(root: ParentNode): void {
  whenNearScreen([...root.querySelectorAll<HTMLElement>('[data-reflection]:not([data-bound])')], bind);
}

function bind(sections: HTMLElement[]): void {
  const t = clientMessages();
  const database = () => import('../db/reflections');
  const stored = mayHoldDatabase();
  for (const section of sections) {
    section.dataset.bound = '';
    const key = section.dataset.key!;
    const moduleId = section.dataset.module!;
    const field = section.querySelector('textarea')!;
    const status = section.querySelector<HTMLElement>('[role=status]')!;
    void stored.then(async (mayHold) => {
      if (!mayHold) return;
      const text = await (await database()).loadReflection(key);
      if (text && !field.value) field.value = text;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    field.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        database()
          .then(({ saveReflection }) => saveReflection({ key, moduleId, text: field.value }))
          .then(() => (status.textContent = t('reflection.saved')))
          .catch(() => (status.textContent = t('reflection.notSaved')));
      }, 400);
    });
    // Anything typed before the page's script bound the field is saved too.
    if (field.value) field.dispatchEvent(new Event('input'));
  }
}
