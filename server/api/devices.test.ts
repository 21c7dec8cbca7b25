import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const agent = (name: string) => ({ objectType: 'Agent' as const, account: { homePage: 'https://coe.example', name } });

describe.each(TEST_BACKENDS)('a learner’s devices ($name)', (backend) => {
  const { server } = useTestServer(backend, {}, { each: true });
  const call = (auth: string, path: string, method = 'GET') =>
    fetch(`${server.url}/api${path}`, { method, headers: { Authorization: auth } });

  it('lists the devices of the same learner only, and marks the one asking', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    await server.addUser('laptop', 'learner', agent('ana'));
    await server.addUser('other', 'learner', agent('bo'));
    const { devices } = await (await call(phone, '/devices')).json();
    // Both devices may be connected within the same millisecond, so their order is not the point here.
    const listed = devices.map((d: { username: string; current: boolean }) => [d.username, d.current]);
    expect(listed.sort()).toEqual([
      ['laptop', false],
      ['phone', true],
    ]);
  });

  it('removes another device of the same learner, whose credential then stops working', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const laptop = await server.addUser('laptop', 'learner', agent('ana'));
    const other = await server.addUser('other', 'learner', agent('bo'));
    expect((await call(phone, '/devices/other', 'DELETE')).status).toBe(404);
    expect((await call(phone, '/devices/phone', 'DELETE')).status).toBe(409);
    expect((await call(phone, '/devices/laptop', 'DELETE')).status).toBe(200);
    expect((await call(laptop, '/devices')).status).toBe(401);
    expect((await call(other, '/devices')).status).toBe(200);
  });

  it('is for learner devices only', async () => {
    const lead = await server.addUser('lead', 'lead');
    expect((await call(lead, '/devices')).status).toBe(403);
  });
});
