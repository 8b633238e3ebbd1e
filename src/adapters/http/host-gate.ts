import { createExpiringMap } from './expiring-map.js';

/** Waits that space out the requests to each host. */
export interface HostGate {
  /** Resolves when a request to `host` may start, at least `delayMs` after the previous one started. */
  wait(host: string, delayMs: number, signal?: AbortSignal): Promise<void>;
  /** Hosts remembered: those whose next request may not start yet. */
  readonly size: number;
}

/** Most hosts remembered at once; beyond, the ones written longest ago are forgotten. */
export const MAX_GATE_HOSTS = 5000;

/**
 * A per-host minimum delay between request starts. Slots are reserved in call order, so concurrent callers
 * for one host queue up instead of starting together. A host is forgotten once its delay has passed.
 */
export function createHostGate(
  now: () => number,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  limit = MAX_GATE_HOSTS,
): HostGate {
  const nextStart = createExpiringMap<number>(now, limit);
  return {
    async wait(host, delayMs, signal) {
      const at = Math.max(now(), nextStart.get(host) ?? Number.NEGATIVE_INFINITY);
      nextStart.set(host, at + delayMs, at + delayMs);
      const wait = at - now();
      if (wait > 0) await sleep(wait, signal);
    },
    get size() {
      return nextStart.size;
    },
  };
}
