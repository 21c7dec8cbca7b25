import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTestLrs } from '../helpers/installTestLrs';
import { startXapiStatements } from '../helpers/startXapiStatements';

describe('startXapiStatements', () => {
  let occupied: Server;
  // The LRS is its own package (tests/lrs), installed by the first test that needs it.
  beforeAll(() => installTestLrs(), 600_000);
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it('fails at once with the server’s own output when it cannot start, instead of letting tests time out', async () => {
    occupied = await new Promise<Server>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => resolve(server));
    });
    const { port } = occupied.address() as { port: number };
    // It says it exited (not that it timed out), with the cause in its own output.
    await expect(startXapiStatements({ port })).rejects.toThrow(
      new RegExp(`xapi-statements exited .* before it was ready on port ${port}. Its output:\\n[\\s\\S]*EADDRINUSE`),
    );
  });
  // That it answers once started is shown by tests/integration/sync.test.ts, which syncs against it.
});
