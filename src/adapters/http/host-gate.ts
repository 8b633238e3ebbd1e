/** Waits that space out the requests to each host. */
export interface HostGate {
  /** Resolves when a request to `host` may start, at least `delayMs` after the previous one started. */
  wait(host: string, delayMs: number, signal?: AbortSignal): Promise<void>;
}

/**
 * A per-host minimum delay between request starts. Slots are reserved in call order, so concurrent callers
 * for one host queue up instead of starting together.
 */
export function createHostGate(
  now: () => number,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
): HostGate {
  const nextStart = new Map<string, number>();
  return {
    async wait(host, delayMs, signal) {
      const at = Math.max(now(), nextStart.get(host) ?? Number.NEGATIVE_INFINITY);
      nextStart.set(host, at + delayMs);
      const wait = at - now();
      if (wait > 0) await sleep(wait, signal);
    },
  };
}
