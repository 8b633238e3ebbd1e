/**
 * Story assignment benchmark. Synthetic news in date order (many events over time, each with its own
 * people and places, on Zipf-distributed countries, organisations and leaders, with quantities and
 * days) is put into a SQLite store and assigned to stories in batches of 256, as ingest does.
 * Times assignment per article with 1k, 10k and --articles stored, and samples memory as the archive
 * grows. Writes reports/bench-stories.md.
 * Usage: npm run bench:stories [-- --articles 50000 --out reports/bench-stories.md]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createStore } from '../src/adapters/store/index.js';
import type { Store } from '../src/core/store.js';
import {
  articleFeatures,
  DEFAULT_STORY_OPTIONS,
  type StoryEvent,
  type StoryRecord,
} from '../src/core/stories/index.js';
import type { Article, DateMention, EntityMention, EntityType, QuantityMention } from '../src/core/types.js';
import { assignBatch } from '../src/engine/stories.js';
import { makeArticle } from '../test/fixtures/articles.js';
import { random } from './lib/corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const ARTICLES = Number(arg('articles', '50000'));
const OUT = arg('out', 'reports/bench-stories.md');
const SMALL = 1000;
/** A third measurement, once the days findStories searches are all in the archive. */
const MIDDLE = 10_000;
const TIMED = 2000;
const BATCH = 256;
/** Articles planned a day; each day's last event overshoots, so 52k articles span about 20 months. */
const PER_DAY = 72;
/** Countries, organisations and leaders every event may name, drawn with Zipf weights 1/rank. */
const BACKGROUND = 600;
const CHECKPOINTS = [1000, 10_000, 25_000, 50_000, ARTICLES, ARTICLES + TIMED];
const START = Date.UTC(2023, 0, 1);
const LANGS = ['en', 'de', 'fr', 'uk', 'es', 'it'];

interface Named {
  id: string;
  type: EntityType;
}
interface NewsEvent {
  id: number;
  day: number;
  own: Named[];
  context: Named[];
  quantities: Array<[number, string | null]>;
  reported: boolean;
}

const rnd = random(42);
const int = (n: number) => Math.floor(rnd() * n);
const iso = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);
const PREFIX: Record<EntityType, string> = { place: 'country', organization: 'org', person: 'person' };
const background = Array.from({ length: BACKGROUND }, (_, rank): Named => {
  const type = (['place', 'organization', 'person'] as const)[rank % 3] as EntityType;
  return { id: `${PREFIX[type]}:bg${rank}`, type };
});
const cumulative = background.map((_, rank) => 1 / (rank + 1));
for (let i = 1; i < cumulative.length; i++)
  cumulative[i] = (cumulative[i] as number) + (cumulative[i - 1] as number);

function zipf(): Named {
  const x = rnd() * (cumulative.at(-1) as number);
  let [lo, hi] = [0, cumulative.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return background[lo] as Named;
}

function newEvent(id: number, day: number): NewsEvent {
  const own: Named[] = [{ id: `city:ev${id}`, type: 'place' }];
  for (let k = 1 + int(4); k > 0; k--) own.push({ id: `person:ev${id}-${k}`, type: 'person' });
  if (rnd() < 0.4) own.push({ id: `org:ev${id}`, type: 'organization' });
  const context = Array.from({ length: 1 + int(2) }, zipf);
  const quantities = Array.from({ length: int(3) }, (): [number, string | null] =>
    rnd() < 0.5 ? [5 + int(500), null] : [(1 + int(100)) * 1e6, ['USD', 'EUR', 'GBP'][int(3)] as string],
  );
  return { id, day, own, context, quantities, reported: false };
}

const GENERIC: Array<[number, string | null]> = [
  [24, 'hour'],
  [1, 'year'],
  [10, null],
  [100, null],
  [2, 'day'],
];

function toArticle(n: number, event: NewsEvent, day: number, minute: number): Article {
  const entities: EntityMention[] = [];
  const mention = ({ id, type }: Named, times: number) => {
    for (let i = 0; i < times; i++) {
      entities.push({ start: 0, end: id.length, text: id, type, name: id, ref: null, local: 0, entity: id });
    }
  };
  const own = event.own.filter(() => rnd() < 0.75);
  for (const named of own.length > 0 ? own : event.own.slice(0, 1)) mention(named, 1 + int(3));
  for (const named of event.context) if (rnd() < 0.8) mention(named, 1 + int(2));
  for (let i = int(4); i > 0; i--) mention(zipf(), 1);
  const quantities: QuantityMention[] = [
    ...event.quantities.filter(() => rnd() < 0.5),
    ...(rnd() < 0.3 ? [GENERIC[int(GENERIC.length)] as [number, string | null]] : []),
  ].map(([value, unit]) => ({
    start: 0,
    end: 1,
    text: String(value),
    value,
    kind: 'count',
    unit,
    counted: null,
  }));
  const days = [...(rnd() < 0.5 ? [event.day] : []), ...(rnd() < 0.2 ? [day - int(30)] : [])];
  const dates = days.map(
    (d): DateMention => ({ start: 0, end: 10, text: iso(d), value: iso(d), grain: 'day', relative: false }),
  );
  const title = `Event ${event.id}, report ${n}`;
  const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return makeArticle({
    id: `a${n}`,
    title,
    text: `${title}\nWhat happened in event ${event.id}, as told in report ${n}.`,
    lang: LANGS[int(LANGS.length)] as string,
    site: `site${int(40)}.example`,
    published: `${iso(day)}T${time}:00Z`,
    analysis: { published: null, entities, dates, quantities, quotes: [] },
  });
}

const archive = { events: 0, days: 0 };

/** Articles in publication order: each day's new events (heavy-tailed sizes), reported over 0–4 days. */
function* news(): Generator<Article> {
  const pending = new Map<number, Array<{ event: NewsEvent; minute: number }>>();
  let [n, events] = [0, 0];
  for (let day = 0; ; day++) {
    for (let planned = 0; planned < PER_DAY; ) {
      const event = newEvent(events++, day);
      const size = Math.min(300, Math.floor(1.5 * rnd() ** (-1 / 1.4)));
      planned += size;
      for (let i = 0; i < size; i++) {
        const at = day + Math.min(4, Math.floor(-Math.log(1 - rnd()) * 0.8));
        const list = pending.get(at) ?? [];
        list.push({ event, minute: int(1440) });
        pending.set(at, list);
      }
    }
    const today = (pending.get(day) ?? []).sort((a, b) => a.minute - b.minute);
    pending.delete(day);
    archive.days = day + 1;
    for (const { event, minute } of today) {
      if (!event.reported) archive.events++;
      event.reported = true;
      yield toArticle(n++, event, day, minute);
    }
  }
}

/** The store, timing the calls assignBatch makes and keeping the last candidate stories it fetched. */
function probeStore(store: Store) {
  const ms = { findStories: 0, getFeatureCounts: 0, putStories: 0 };
  let found: StoryRecord[] = [];
  const time = async <T>(name: keyof typeof ms, call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await call();
    ms[name] += performance.now() - start;
    return result;
  };
  const probed: Store = {
    ...store,
    findStories: async (keys, from, to) => {
      found = await time('findStories', () => store.findStories(keys, from, to));
      return found;
    },
    getFeatureCounts: (keys) => time('getFeatureCounts', () => store.getFeatureCounts(keys)),
    putStories: (...args) => time('putStories', () => store.putStories(...args)),
  };
  return { store: probed, ms, found: () => found };
}

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/**
 * Archive stories sharing a feature with each article, and those of them within the time window
 * that assignStory scores, summed over the batch (stories founded earlier in the batch not counted).
 */
function candidates(batch: readonly Article[], found: readonly StoryRecord[]) {
  const byKey = new Map<string, StoryRecord[]>();
  for (const story of found) {
    for (const key of Object.keys(story.features)) {
      const stories = byKey.get(key) ?? [];
      stories.push(story);
      byKey.set(key, stories);
    }
  }
  const days = DEFAULT_STORY_OPTIONS.windowDays;
  let [sharing, scored] = [0, 0];
  for (const article of batch) {
    const day = dayOf(article.published as string);
    const hits = new Set([...articleFeatures(article).keys()].flatMap((key) => byKey.get(key) ?? []));
    sharing += hits.size;
    for (const story of hits) {
      if (day >= dayOf(story.firstSeen) - days && day <= dayOf(story.lastSeen) + days) scored++;
    }
  }
  return { sharing, scored };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-stories-'));
const dbPath = join(dir, 'stories.db');
const store = await createStore({ kind: 'sqlite', path: dbPath });
const probe = probeStore(store);
const source = news();
const log: Record<StoryEvent, number> = { created: 0, joined: 0, merged: 0, split: 0 };
const samples: Array<{ stored: number; rss: number; heap: number }> = [];
let stored = 0;
let maxRss = 0;

interface Segment {
  from: number;
  articles: number;
  putMs: number;
  assignMs: number;
  queries: { findStories: number; getFeatureCounts: number; putStories: number };
  fetched: number;
  sharing: number;
  scored: number;
  batches: number;
}

/** Puts and assigns the next `count` articles in batches; `measure` also counts candidates (untimed). */
async function run(count: number, measure: boolean): Promise<Segment> {
  const before = { ...probe.ms };
  const segment: Segment = {
    from: stored,
    articles: 0,
    putMs: 0,
    assignMs: 0,
    queries: before,
    fetched: 0,
    sharing: 0,
    scored: 0,
    batches: 0,
  };
  while (segment.articles < count) {
    const batch: Article[] = [];
    while (batch.length < Math.min(BATCH, count - segment.articles))
      batch.push(source.next().value as Article);
    let start = performance.now();
    await store.putArticles(batch);
    segment.putMs += performance.now() - start;
    start = performance.now();
    const result = await assignBatch(batch, probe.store, DEFAULT_STORY_OPTIONS, new Date().toISOString());
    segment.assignMs += performance.now() - start;
    for (const entry of result.log) log[entry.event]++;
    segment.articles += batch.length;
    segment.batches++;
    stored += batch.length;
    if (measure) {
      segment.fetched += probe.found().length;
      const counted = candidates(batch, probe.found());
      segment.sharing += counted.sharing;
      segment.scored += counted.scored;
    }
    const { rss, heapUsed } = process.memoryUsage();
    maxRss = Math.max(maxRss, rss);
    const checkpoint = CHECKPOINTS.find((at) => stored >= at && stored - batch.length < at);
    if (checkpoint !== undefined && !samples.some((s) => s.stored === stored)) {
      samples.push({ stored, rss, heap: heapUsed });
      console.log(`${stored} articles stored; RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB`);
    }
  }
  segment.queries = {
    findStories: probe.ms.findStories - before.findStories,
    getFeatureCounts: probe.ms.getFeatureCounts - before.getFeatureCounts,
    putStories: probe.ms.putStories - before.putStories,
  };
  return segment;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const load = loadavg()[0] as number;
const t0 = performance.now();
const segments: Segment[] = [];
for (const at of [SMALL, MIDDLE, ARTICLES]) {
  if (at < stored || at > ARTICLES) continue;
  await run(at - stored, false);
  segments.push(await run(TIMED, true));
}
const [small, large] = [segments[0] as Segment, segments.at(-1) as Segment];
const totalSeconds = (performance.now() - t0) / 1000;
await store.close();
const dbBytes = ['', '-wal'].reduce(
  (sum, suffix) => sum + (statSync(`${dbPath}${suffix}`, { throwIfNoEntry: false })?.size ?? 0),
  0,
);
rmSync(dir, { recursive: true, force: true });

const perArticle = (s: Segment) => s.assignMs / s.articles;
const ratio = perArticle(large) / perArticle(small);
const row = (s: Segment) => {
  const each = (ms: number) => (ms / s.articles).toFixed(3);
  const inMemory = s.assignMs - s.queries.findStories - s.queries.getFeatureCounts - s.queries.putStories;
  return `| ${s.from.toLocaleString('en')} | ${s.articles} | **${each(s.assignMs)}** | ${each(s.queries.findStories)} | ${each(s.queries.getFeatureCounts)} | ${each(s.queries.putStories)} | ${each(inMemory)} | ${each(s.putMs)} | ${Math.round(s.fetched / s.batches)} | ${(s.sharing / s.articles).toFixed(0)} | ${(s.scored / s.articles).toFixed(0)} |`;
};
const report = [
  '# Story assignment benchmark',
  '',
  `Command: \`npm run bench:stories -- --articles ${ARTICLES}\`; ${new Date().toISOString()}; Node ${process.version}; one process on a ${cpus().length}-core machine (load average ${load.toFixed(1)} at the start: other jobs share it), SQLite file in a temp dir; ${totalSeconds.toFixed(0)} s in all.`,
  `Archive: ${stored.toLocaleString('en')} synthetic articles in publication order over ${archive.days} days (${Math.round(stored / archive.days)} a day), from ${archive.events.toLocaleString('en')} events of heavy-tailed size, each reported over 0–4 days. An article names its event's own city, people and sometimes organisation (ids unique to the event), 1–2 of the event's background entities and 0–3 more, drawn with Zipf weights from ${BACKGROUND} countries, organisations and leaders; sometimes the event's quantities, a common quantity, the event day and another day.`,
  `Articles are put with \`putArticles\` (no entity records) and then assigned with \`assignBatch\` (DEFAULT_STORY_OPTIONS: threshold ${DEFAULT_STORY_OPTIONS.threshold}, window ${DEFAULT_STORY_OPTIONS.windowDays} days; no embedder), in batches of ${BATCH}, as ingest does.`,
  `Stories: ${(log.created - log.merged / 2).toLocaleString('en')} live (${log.created.toLocaleString('en')} created, ${log.joined.toLocaleString('en')} joins, ${log.merged / 2} merges) for ${archive.events.toLocaleString('en')} events. SQLite file at the end: ${mb(dbBytes)} MB.`,
  '',
  `Per article, over ${TIMED} articles assigned after the archive held the given number (ms; the store calls are those assignBatch makes, the rest is in-memory scoring; putArticles is not part of assignment):`,
  '',
  '| archive | articles | assignment | findStories | getFeatureCounts | putStories | in memory | putArticles | stories fetched per batch | sharing a feature, per article | scored, per article |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...segments.map(row),
  '',
  `Cost with ${large.from.toLocaleString('en')} stored / with ${small.from.toLocaleString('en')}: **${ratio.toFixed(2)}×** (target ≤ 1.5×); per-article cost ≤ 5 ms: ${Math.max(perArticle(small), perArticle(large)) <= 5 ? 'yes' : 'no'}.`,
  `Stories fetched: live archive stories sharing a feature with the batch, seen within the batch's days ± ${DEFAULT_STORY_OPTIONS.windowDays + 31} days (findStories). Per article: those sharing a feature with the article, and those of them within the ${DEFAULT_STORY_OPTIONS.windowDays}-day window, which assignStory scores (stories founded earlier in the same batch not counted).`,
  '',
  '## Memory after each batch',
  '',
  '| archive | RSS MB | heap MB |',
  '|---|---|---|',
  ...samples.map((s) => `| ${s.stored.toLocaleString('en')} | ${mb(s.rss)} | ${mb(s.heap)} |`),
  '',
  `Highest RSS after any batch: ${mb(maxRss)} MB.`,
  '',
].join('\n');
writeFileSync(OUT, report);
console.log(report);
