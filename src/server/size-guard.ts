// Caps a document's size: an update that would grow a document past the limit is refused (the
// connection to that document is closed with the reason "document-too-large") before it is applied.
// The running size is the stored state plus every accepted update, an upper bound that is exact
// after each compaction; only when that bound passes the limit is the exact state measured.
import type { Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus closes the connection with this error's code and reason. */
export class TooLarge extends Error {
  readonly code = 4413;
  readonly reason = 'document-too-large';
}

const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a Hocuspocus message carries, or null for every other message. */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== SYNC) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

export class SizeGuard {
  private readonly sizes = new WeakMap<Document, number>();

  constructor(private readonly maxBytes: number) {}

  /** Throws TooLarge when `update` could take `document` past the limit. */
  check(document: Document, update: Uint8Array): void {
    const bound = this.size(document) + update.byteLength;
    if (bound <= this.maxBytes) return;
    const exact = Y.encodeStateAsUpdate(document).byteLength;
    this.sizes.set(document, exact);
    if (exact + update.byteLength > this.maxBytes && !alreadyContained(document, update))
      throw new TooLarge('document-too-large');
  }

  /** Called for every update applied to the document. */
  grew(document: Document, update: Uint8Array): void {
    this.sizes.set(document, this.size(document) + update.byteLength);
  }

  compacted(document: Document, state: Uint8Array): void {
    this.sizes.set(document, state.byteLength);
  }

  private size(document: Document): number {
    let size = this.sizes.get(document);
    if (size === undefined) {
      size = Y.encodeStateAsUpdate(document).byteLength;
      this.sizes.set(document, size);
    }
    return size;
  }
}

/** True when `update` adds nothing to `document` (a reconnecting client resends what the server has). */
export function alreadyContained(document: Document, update: Uint8Array): boolean {
  try {
    return Y.snapshotContainsUpdate(Y.snapshot(document), update);
  } catch {
    return false;
  }
}
