import { describe, expect, test } from 'vitest';
import { createHostGate } from './host-gate.js';
import { createRobotsCache, type RobotsAnswer } from './robots.js';

// regression: in a long `watch`, the robots.txt cache and the host gate kept every site ever seen
describe('caches of a long-running fetcher', () => {
  test('the host gate forgets a host once its delay has passed', async () => {
    let clock = 0;
    const waits: number[] = [];
    const gate = createHostGate(
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    await gate.wait('a.example', 1000);
    await gate.wait('b.example', 1000);
    expect(gate.size).toBe(2);
    clock += 1000;
    await gate.wait('c.example', 1000);
    await gate.wait('c.example', 1000);
    expect({ waits, size: gate.size }).toEqual({ waits: [1000], size: 1 });
  });

  test('the host gate holds at most its limit of hosts, dropping the oldest first', async () => {
    const clock = 0;
    const gate = createHostGate(
      () => clock,
      async () => {},
      3,
    );
    for (const host of ['a', 'b', 'c', 'd', 'e']) await gate.wait(`${host}.example`, 60_000);
    expect(gate.size).toBe(3);
  });

  test('robots.txt is read again once expired, and at most `maxSites` sites are remembered', async () => {
    let clock = 0;
    const loaded: string[] = [];
    const robots = createRobotsCache({
      agent: 'parallax',
      now: () => clock,
      ttlMs: 1000,
      maxSites: 2,
      load: async (url): Promise<RobotsAnswer> => {
        loaded.push(new URL(url).host);
        return { status: 200, body: 'User-agent: *\nDisallow: /private/\n' };
      },
    });
    const check = (host: string) => robots.check(`https://${host}/page`);
    await check('a.example');
    await check('a.example');
    clock += 1000;
    await check('a.example');
    await check('b.example');
    await check('c.example');
    expect(robots.size).toBe(2);
    await check('a.example');
    expect(loaded).toEqual(['a.example', 'a.example', 'b.example', 'c.example', 'a.example']);
    expect(await robots.check('https://c.example/private/x')).toEqual({
      allowed: false,
      reason: 'disallowed',
      detail: 'robots.txt line 2',
    });
  });
});
