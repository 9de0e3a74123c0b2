/** Exit codes of every gkml command. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/**
 * An error the user can fix (bad arguments, config, a path that does not exist).
 * Shown as its message alone, never with a stack trace; exit code 2.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  readonly exitCode = EXIT.failure;
}

export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

export class ConfigError extends UserError {
  override readonly name = 'ConfigError';
}

/** A bug in gkml or one of its rules: shown with a request to report it; the stack only with --debug. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
