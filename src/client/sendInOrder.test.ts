import { describe, expect, it } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import { sendInOrder } from './sendInOrder';

const counter = setup({
  types: { context: {} as { count: number }, events: {} as { type: 'count.add'; by: number } },
}).createMachine({
  context: { count: 0 },
  on: { 'count.add': { actions: assign({ count: ({ context, event }) => context.count + event.by }) } },
});

describe('sendInOrder', () => {
  it('hands over each transition with its own before and after, also for an event an observer sends meanwhile', () => {
    const actor = createActor(counter).start();
    const seen: string[] = [];
    const send = sendInOrder(
      () => actor,
      (before, after, event) => seen.push(`${before.count}+${event.by}=${after.count}`),
    );
    actor.subscribe((snapshot) => {
      if (snapshot.context.count === 1) send({ type: 'count.add', by: 10 });
    });
    send({ type: 'count.add', by: 1 });
    send({ type: 'count.add', by: 100 });
    expect(seen).toEqual(['0+1=1', '1+10=11', '11+100=111']);
  });
});
