import robotsParserModule from 'robots-parser';
import { createExpiringMap } from './expiring-map.js';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}

// the package is CommonJS (module.exports = function) but its types declare an ES default export
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robots;

/** What fetching a site's robots.txt gave: its status and text, or why it could not be reached. */
export type RobotsAnswer = { status: number; body: string } | { status: 'unreachable'; detail: string };

/** Whether robots.txt lets the agent fetch a URL (and the crawl delay it asks for), or why not. */
export type RobotsVerdict =
  | { allowed: true; crawlDelayMs: number }
  | { allowed: false; reason: 'disallowed' | 'unreachable'; detail: string };

interface Rules {
  check(url: string): RobotsVerdict;
}

export interface RobotsCacheOptions {
  /** Fetch `<origin>/robots.txt`. */
  load(robotsUrl: string): Promise<RobotsAnswer>;
  /** The product token matched against User-agent lines ("parallax"). */
  agent: string;
  now(): number;
  ttlMs: number;
  /** Most sites remembered at once; default 5,000 (beyond, the ones read longest ago are forgotten). */
  maxSites?: number;
}

/**
 * robots.txt per origin, kept for `ttlMs`. As RFC 9309 says: a missing file (4xx) allows everything,
 * an unreachable one (5xx, network error) disallows everything until it can be read.
 */
export function createRobotsCache(options: RobotsCacheOptions) {
  const cache = createExpiringMap<Promise<Rules>>(options.now, options.maxSites ?? 5000);

  async function load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const answer = await options.load(robotsUrl);
    if (answer.status === 'unreachable' || answer.status >= 500) {
      const detail = answer.status === 'unreachable' ? answer.detail : `HTTP ${answer.status}`;
      return { check: () => ({ allowed: false, reason: 'unreachable', detail }) };
    }
    if (answer.status >= 400) return { check: () => ({ allowed: true, crawlDelayMs: 0 }) };
    const robots = robotsParser(robotsUrl, answer.body);
    const crawlDelayMs = Math.min(60_000, (robots.getCrawlDelay(options.agent) ?? 0) * 1000);
    return {
      check: (url) =>
        robots.isAllowed(url, options.agent) === false
          ? {
              allowed: false,
              reason: 'disallowed',
              detail: `robots.txt line ${robots.getMatchingLineNumber(url, options.agent)}`,
            }
          : { allowed: true, crawlDelayMs },
    };
  }

  return {
    async check(url: string): Promise<RobotsVerdict> {
      const origin = new URL(url).origin;
      let rules = cache.get(origin);
      if (!rules) {
        rules = load(origin);
        cache.set(origin, rules, options.now() + options.ttlMs);
      }
      return (await rules).check(url);
    },
    /** Sites whose robots.txt is remembered. */
    get size() {
      return cache.size;
    },
  };
}
