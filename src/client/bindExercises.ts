import { whenNearScreen } from './whenNearScreen';

/**
 * Keeps each exercise's solution revealed once the learner has opened it: opening a
 * `details[data-solution]` is recorded in this browser, and a recorded solution is shown open on
 * the next visit. The database code loads only when an exercise comes near the screen.
 */
export function bindExercises(root: ParentNode): void {
  const exercises = [...root.querySelectorAll<HTMLElement>('[data-exercise]:not([data-exercise-bound])')];
  for (const exercise of exercises) exercise.dataset.exerciseBound = '';
  whenNearScreen(exercises, bind);
}

function bind(exercises: HTMLElement[]): void {
  void import('./learnerStore').then(({ isSolutionRevealed, recordSolutionRevealed }) => {
    for (const exercise of exercises) {
      const solution = exercise.querySelector<HTMLDetailsElement>('details[data-solution]');
      if (!solution) continue;
      const key = exercise.dataset.key!;
      const moduleId = exercise.dataset.module!;
      const record = () => {
        if (solution.open) void recordSolutionRevealed({ key, moduleId }).catch(() => {});
      };
      solution.addEventListener('toggle', record);
      // Opened while the database code was loading: record it now.
      record();
      void isSolutionRevealed(key).then((revealed) => {
        if (revealed) solution.open = true;
      });
    }
  });
}
