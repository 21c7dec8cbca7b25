/**
 * Runs `run` once, when the first of `elements` comes within 300 px of the screen: code for what
 * sits below the fold (and the database behind it) loads only when the learner reads down to it.
 */
export function whenNearScreen<T extends Element>(elements: T[], run: (elements: T[]) => void): void {
  if (elements.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      run(elements);
    },
    { rootMargin: '300px 0px' },
  );
  for (const element of elements) observer.observe(element);
}
