import { HttpError } from './errors.js';

/** What the error mapping needs to know about the request that failed. */
export interface ErrorContext {
  /** The resource's name in messages, e.g. "release-files". */
  resource?: string;
  table?: string;
  columns?: ReadonlySet<string>;
  operation?: string;
  /** Human sentences for named constraints, where the generic one would be vague; with a field, the form shows it there. */
  messages?: Record<string, ConstraintMessage>;
  /** Many-to-many join tables and the id-list field each backs, e.g. job_type_associations → job_type_ids. */
  linkFields?: Record<string, string>;
}

export type ConstraintMessage = string | { field: string; message: string };

interface PgError {
  code: string;
  detail?: string;
  constraint?: string;
  column?: string;
  table?: string;
}

const isPgError = (error: unknown): error is PgError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as PgError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as PgError).code);

/** The columns named in a detail such as `Key (lower((username)::text))=(x)` or `Key (os_id, release_id)=(1, 2)`. */
function keyColumns(detail: string | undefined, columns?: ReadonlySet<string>): string[] {
  const key = detail?.match(/^Key \((.+?)\)=\(/)?.[1];
  if (!key) return [];
  const names = key.match(/[a-z_][a-z0-9_]*/g) ?? [];
  return names.filter((n) => (columns ? columns.has(n) : !['lower', 'text'].includes(n)));
}

const humanTable = (table: string) => table.replace(/_/g, ' ');

function fieldOfCheck(constraint: string | undefined, context: ErrorContext): string | undefined {
  const prefix = `chk_${context.table}_`;
  const rest = constraint?.startsWith(prefix) ? constraint.slice(prefix.length) : undefined;
  return rest && context.columns?.has(rest) ? rest : undefined;
}

// Socket-level failures of pg's connection, and the messages pg and pg-pool give without a code.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end)/;
export const RETRY_AFTER_SECONDS = 5;

/**
 * The database being away, overloaded or too slow, which no client caused: 503 (try again soon)
 * or 504 (a statement ran past statement_timeout). Undefined for anything else.
 */
export function unavailabilityError(error: unknown): HttpError | undefined {
  const cause = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: unknown; message?: unknown } | null;
  if (typeof cause !== 'object' || cause === null) return undefined;
  const code = typeof cause.code === 'string' ? cause.code : '';
  if (code === '57014') {
    return new HttpError(
      504,
      'The database took longer than this server allows to answer. Try again, or narrow the request (a filter, a smaller page).',
    );
  }
  // 57P01-03: terminated or restarting; 08xxx: connection failures; 53300: too many connections;
  // 25P03: the transaction sat idle past idle_in_transaction_session_timeout and was ended;
  // 3D000, 28xxx: the database is gone or refuses our credentials (a server problem, not the client's).
  const lost =
    /^(57P0[123]|08...|53300|25P03|3D000|28000|28P01)$/.test(code) ||
    NETWORK_CODES.has(code) ||
    (typeof cause.message === 'string' && LOST_CONNECTION.test(cause.message));
  if (!lost) return undefined;
  return new HttpError(503, `The database is not available right now. Nothing was changed; try again in a few seconds.`, undefined, {
    retry_after: RETRY_AFTER_SECONDS,
  });
}

/**
 * PostgreSQL errors a client caused, as HTTP errors a person can act on; undefined for the
 * rest (a server fault: 500, details only in the log). The one place SQLSTATEs are read.
 */
export function mapDatabaseError(error: unknown, context: ErrorContext = {}): HttpError | undefined {
  const driverError = (error as { driverError?: unknown })?.driverError ?? error;
  if (!isPgError(driverError)) return undefined;
  const { code, detail, constraint } = driverError;
  const declared = constraint ? context.messages?.[constraint] : undefined;
  const named = typeof declared === 'object' ? declared.message : declared;
  const namedField = typeof declared === 'object' ? declared.field : undefined;
  const deleting = context.operation === 'delete';
  switch (code) {
    case '23505': {
      const fields = namedField ? [namedField] : keyColumns(detail, context.columns);
      const message = named ?? `Another record already has this ${fields.join(' and ') || 'value'}.`;
      return new HttpError(
        409,
        message,
        fields.length ? Object.fromEntries(fields.map((f) => [f, named ?? 'Already used by another record.'])) : undefined,
      );
    }
    case '23503':
    case '23001': {
      const referencing = detail?.match(/referenced from table "([a-z_]+)"/)?.[1];
      if (deleting || referencing) {
        const what = referencing ? humanTable(referencing) : 'other records';
        return new HttpError(409, named ?? `This record is still used by ${what}; remove or reassign those first.`);
      }
      const linkField = driverError.table ? context.linkFields?.[driverError.table] : undefined;
      const [field = linkField] = linkField ? [] : keyColumns(detail, context.columns);
      const target = detail?.match(/in table "([a-z_]+)"/)?.[1];
      const id = detail?.match(/\)=\(([^)]*)\)/)?.[1];
      const message = `No ${target ? humanTable(target) : 'related'} record with id ${id ?? '?'}.`;
      return new HttpError(422, message, field ? { [field]: message } : undefined);
    }
    case '23502': {
      const field = driverError.column;
      return new HttpError(
        422,
        field ? `${field} is required.` : 'A required value is missing.',
        field ? { [field]: 'Required.' } : undefined,
      );
    }
    case '23514': {
      const field = namedField ?? fieldOfCheck(constraint, context);
      const message =
        named ?? (field ? `${field} has a value that is not allowed.` : `The record breaks the rule ${constraint ?? 'of this table'}.`);
      return new HttpError(422, message, field ? { [field]: named ?? 'Not an allowed value.' } : undefined);
    }
    case '22001':
      return new HttpError(422, 'A value is longer than its field allows.');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new HttpError(400, 'A value has the wrong type or format for its field.');
    case '40001':
    case '40P01':
      return new HttpError(409, 'Another change to the same records happened at the same time; try again.');
    default:
      return undefined;
  }
}

/**
 * Runs `work` (statements of one resource) and turns the database errors a client caused into the
 * HTTP errors the resource's context gives them: the mapping happens where the query runs.
 */
export async function mappingErrors<T>(context: ErrorContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapDatabaseError(error, context) ?? error;
  }
}
