import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** Runs a generator to its end, letting other requests run between its steps. */
export async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await yieldToEventLoop();
    step = steps.next();
  }
  return step.value;
}
