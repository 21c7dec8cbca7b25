/**
 * What a step-by-step computation (a generator that yields between slices of work, so a server can let
 * other requests run) returns, computed at once without yielding to anyone.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
