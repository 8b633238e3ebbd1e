import { isParallaxError, ParallaxError } from '../../core/errors.js';

/** Runs a store's operations: refuses them once closed and wraps unexpected failures as `store_failed`. */
export function createStoreGuard(failureHint?: string) {
  let open = true;

  function run<T>(operation: string, work: () => T): T {
    if (!open) {
      throw new ParallaxError('store_failed', `${operation}: the store is closed`, {
        hint: 'Open the store again; a closed store cannot be used.',
      });
    }
    try {
      return work();
    } catch (error) {
      if (isParallaxError(error)) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ParallaxError('store_failed', `${operation} failed: ${message}`, {
        ...(failureHint ? { hint: failureHint } : {}),
        cause: error,
      });
    }
  }

  return {
    get open() {
      return open;
    },
    run,
    /** Yield the items of the pages `next` returns, each page read through `run`, until one is empty. */
    async *stream<T>(operation: string, next: () => readonly T[]): AsyncGenerator<T, void, undefined> {
      for (let page = run(operation, next); page.length > 0; page = run(operation, next)) yield* page;
    },
    close() {
      open = false;
    },
  };
}
