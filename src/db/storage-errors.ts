// Turns the many shapes of browser storage errors into one reason the user can read.

export type StorageErrorReason = { reasonKey: string; detail: string };

export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  // Dexie wraps the DOMException (inner), Chromium reports it on the transaction.
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { name, code, message } = e as { name?: string; code?: number; message?: string };
    if (
      name === 'QuotaExceededError' ||
      name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      code === 22 ||
      code === 1014 ||
      /quota/i.test(message ?? '')
    ) {
      return true;
    }
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export function describeStorageError(error: unknown): StorageErrorReason {
  const detail = String((error as Error)?.message ?? error).slice(0, 300);
  if (isQuotaError(error)) return { reasonKey: 'save.quota', detail };
  const name = (error as { name?: string })?.name ?? '';
  if (/DatabaseClosed|InvalidState/.test(name)) return { reasonKey: 'save.closed', detail };
  if (/VersionChange/.test(name)) return { reasonKey: 'save.versionChange', detail };
  if (/MissingAPI|Open/.test(name)) return { reasonKey: 'save.unavailable', detail };
  return { reasonKey: 'save.failed', detail };
}
