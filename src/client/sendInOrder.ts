import type { EventObject } from 'xstate';

/** The part of an XState actor that sendInOrder uses. */
interface ContextActor<C, E extends EventObject> {
  send(event: E): void;
  getSnapshot(): { context: C };
}

/**
 * A `send` for an actor that hands each event's transition — the context before, the context after,
 * the event — to `onTransition`. Events are handled one at a time, in order: one sent while another
 * is being handled (by an observer of the actor, say) waits its turn, so each transition is seen
 * from its own before and after. `actor` is read on every event, so it may be replaced.
 */
export function sendInOrder<C, E extends EventObject>(
  actor: () => ContextActor<C, E>,
  onTransition: (before: C, after: C, event: E) => void,
): (event: E) => void {
  const queue: E[] = [];
  let sending = false;
  return (event) => {
    queue.push(event);
    if (sending) return;
    sending = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const before = actor().getSnapshot().context;
        actor().send(next);
        onTransition(before, actor().getSnapshot().context, next);
      }
    } finally {
      sending = false;
      queue.length = 0;
    }
  };
}
