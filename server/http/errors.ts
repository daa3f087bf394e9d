/** An error with an HTTP status whose message is safe to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    /** More top-level body fields, e.g. the current row_version of a stale write. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}
