import { isParallaxError, ParallaxError } from '../../core/errors.js';

/** Runs a store's operations: refuses them once closed and wraps unexpected failures as `store_failed`. */
export function createStoreGuard(failureHint?: string) {
  let open = true;
  return {
    get open() {
      return open;
    },
    run<T>(operation: string, work: () => T): T {
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
    },
    close() {
      open = false;
    },
  };
}
