// Drafts of create forms (new scenario, every create dialog): the typed values are kept in
// localStorage as they are typed, restored when the form opens again, and listed in the save status
// store so the header never says "All changes saved" while one exists. Cleared on Save or Cancel.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { saveStatusStore } from '../../lib/save-status';

const PREFIX = 'continuity-workbook.draft:';

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: the draft lives in the form only
  }
};

export function readDraft<T>(key: string): T | null {
  try {
    const text = storage()?.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: unknown) {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Full or disabled: the form still holds the text, and the header still says it is unsaved.
  }
  saveStatusStore.getState().setDraft(key, true);
}

export function clearDraft(key: string) {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing stored
  }
  saveStatusStore.getState().setDraft(key, false);
}

/** Lists the drafts left by an earlier visit (called once when the header first shows). */
export function registerStoredDrafts() {
  const s = storage();
  if (!s) return;
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) saveStatusStore.getState().setDraft(key.slice(PREFIX.length), true);
  }
}

/**
 * Keeps `form`'s values as the draft `key` while they differ from `blank` (the values the form
 * starts from). `restored`: the form opened with a draft from before; `rebase` sets new starting
 * values (a template was applied) before the form is reset to them.
 */
export function useFormDraft<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  key: string,
  blank: T,
  restoredAtStart: boolean,
) {
  const [restored, setRestored] = useState(restoredAtStart);
  const blankText = useRef(JSON.stringify(blank));
  useEffect(() => {
    if (readDraft(key) !== null) saveStatusStore.getState().setDraft(key, true);
    const sub = form.watch((values) => {
      if (JSON.stringify(values) === blankText.current) clearDraft(key);
      else writeDraft(key, values);
    });
    return () => sub.unsubscribe();
  }, [form, key]);
  return {
    restored,
    forget: () => setRestored(false),
    rebase: (values: T) => {
      blankText.current = JSON.stringify(values);
      setRestored(false);
    },
  };
}
