// Turns the many shapes of browser storage errors into one reason the user can read.
// Browsers disagree: Chromium reports a full disk on the transaction's abort (Dexie then rejects
// with an AbortError whose `inner` is the QuotaExceededError), Firefox used
// NS_ERROR_DOM_QUOTA_REACHED (code 1014), old WebKit code 22, and Dexie wraps errors in
// `inner`, bulk errors in `failures`, and events carry theirs on `target.error`.

export type StorageErrorKind = 'quota' | 'closed' | 'versionChange' | 'unavailable' | 'failed';
export type StorageErrorReason = { kind: StorageErrorKind; reasonKey: string; detail: string };

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  error?: unknown;
  target?: unknown;
  failures?: unknown;
};

/** Every error reachable from `error` through the wrappers browsers and Dexie use (cycle-safe). */
export function errorChain(error: unknown, limit = 20): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && out.length < limit) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const el = e as ErrorLike;
    out.push(el);
    queue.push(el.inner, el.cause, el.error);
    if (el.target && typeof el.target === 'object') queue.push((el.target as ErrorLike).error);
    if (Array.isArray(el.failures)) queue.push(...(el.failures.slice(0, 5) as unknown[]));
    else if (el.failures && typeof el.failures === 'object') {
      queue.push(...(Object.values(el.failures) as unknown[]).slice(0, 5));
    }
  }
  return out;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some(({ name, code, message }) => {
    const n = text(name);
    return (
      n === 'QuotaExceededError' ||
      n === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      n === 'NS_ERROR_FILE_NO_DEVICE_SPACE' ||
      n === 'QuotaExceeded' ||
      code === 22 ||
      code === 1014 ||
      /quota/i.test(text(message))
    );
  });
}

const anyName = (error: unknown, pattern: RegExp) =>
  errorChain(error).some((e) => pattern.test(text(e.name)));

/** The connection was closed (site data cleared, browser shut it, close() called). */
export const isClosedError = (error: unknown) =>
  !isQuotaError(error) && anyName(error, /^(DatabaseClosedError|DatabaseClosed|InvalidStateError)$/);

export function classifyStorageError(error: unknown): StorageErrorKind {
  if (isQuotaError(error)) return 'quota';
  if (anyName(error, /VersionChange/)) return 'versionChange';
  if (isClosedError(error)) return 'closed';
  if (anyName(error, /^(MissingAPIError|MissingAPI|SecurityError|OpenFailedError)$/)) return 'unavailable';
  return 'failed';
}

export function describeStorageError(error: unknown): StorageErrorReason {
  const first = errorChain(error)[0];
  const detail = (text(first?.message) || String(error)).slice(0, 300);
  const kind = classifyStorageError(error);
  return { kind, reasonKey: `save.${kind}`, detail };
}
