/** Codes of operational errors: problems with the run itself, not with one article. */
export type ErrorCode =
  | 'usage'
  | 'config_invalid'
  | 'store_open_failed'
  | 'store_schema_newer'
  | 'store_failed'
  | 'not_found'
  | 'input_failed';

/**
 * An operational error with a stable code, a hint that says how to fix it, and a cause.
 * Mapped to exit codes and HTTP statuses in exactly one place per composition root.
 */
export class ParallaxError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(`[parallax] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ParallaxError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isParallaxError(error: unknown): error is ParallaxError {
  return error instanceof ParallaxError;
}
