import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '../engine/ingest.js';
import type { Output } from './io.js';

/** Minimum time between redraws of the progress line. */
const REDRAW_MS = 100;

/** A progress bar on stderr when it is a terminal and output is for people; a no-op otherwise. */
export function createProgress(out: Output): { update(p: IngestProgress): void; stop(): void } {
  const stderr = out.io.stderr;
  if (out.quiet || out.json || !stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: stderr as NodeJS.WritableStream,
    format: ' {bar} {percentage}% | {articles} articles | {mb} MB',
    hideCursor: true,
    clearOnComplete: true,
    fps: 1000 / REDRAW_MS,
  });
  let started = false;
  return {
    update(p) {
      const total = p.totalBytes ?? Math.max(p.bytesRead, 1);
      const payload = { articles: p.articles, mb: (p.bytesRead / 1e6).toFixed(1) };
      if (!started) {
        bar.start(total, p.bytesRead, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(p.bytesRead, payload);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
