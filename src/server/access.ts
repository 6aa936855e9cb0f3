// Who may open a document, decided from the token and the stored hashes alone: register on first
// use, edit or read by hash, rotation by an editor. Pure apart from the store, so the rules read in
// one place; the caller rate-limits, logs and applies the decision.
import { timingSafeEqual } from 'node:crypto';
import { parseToken, sha256Hex } from './token';
import type { SyncStore } from './store';

export type Access =
  | { ok: true; access: 'edit' | 'read'; event: 'registered' | 'rotated' | 'opened' }
  | { ok: false; reason: 'invalid-token' | 'invalid-document' | 'permission-denied' };

/** Documents are `wb:<workbookId>`; workbook ids are the app's device-made ids. */
export const DOCUMENT_NAME = /^wb:[A-Za-z0-9_.-]{1,100}$/;

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function decideAccess(
  store: SyncStore,
  documentName: string,
  rawToken: string,
): Promise<Access> {
  if (!DOCUMENT_NAME.test(documentName)) return { ok: false, reason: 'invalid-document' };
  const token = parseToken(rawToken);
  if (!token) return { ok: false, reason: 'invalid-token' };
  const secretHash = sha256Hex(token.secret);

  let stored = await store.credentials(documentName);
  if (!stored) {
    if (!token.register || token.register.readHash === secretHash)
      return { ok: false, reason: 'permission-denied' };
    // Two first connections may race: the one whose hashes were stored wins, the other is checked.
    stored = await store.register(documentName, { editHash: secretHash, readHash: token.register.readHash });
    if (same(stored.editHash, secretHash) && same(stored.readHash, token.register.readHash))
      return { ok: true, access: 'edit', event: 'registered' };
  }

  if (same(stored.editHash, secretHash)) {
    if (token.rotate) {
      await store.replaceCredentials(documentName, token.rotate);
      return { ok: true, access: 'edit', event: 'rotated' };
    }
    return { ok: true, access: 'edit', event: 'opened' };
  }
  // A read token may not rotate: the request is refused rather than silently downgraded.
  if (same(stored.readHash, secretHash) && !token.rotate)
    return { ok: true, access: 'read', event: 'opened' };
  return { ok: false, reason: 'permission-denied' };
}
