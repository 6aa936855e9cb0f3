// Hocuspocus keeps a refused document's later messages queued on the socket, waiting for an
// authentication that never comes: a client could grow that queue without limit. This guard counts
// the messages a socket sends for documents it was refused and closes the socket past a small
// number; an honest client sends none after its refusal.
import type { IncomingMessage } from 'node:http';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';

export const FLOODED = { code: 4429, reason: 'too-many-messages' };

export class FloodGuard {
  private readonly refused = new WeakMap<IncomingMessage, { names: Set<string>; messages: number }>();

  constructor(private readonly maxMessages: number) {}

  /** Records that the socket opened by `request` was refused `documentName`. */
  refuse(request: IncomingMessage, documentName: string): void {
    const entry = this.refused.get(request) ?? { names: new Set<string>(), messages: 0 };
    entry.names.add(documentName);
    this.refused.set(request, entry);
  }

  /** Watches `ws`; calls `onFlood` once and closes it when it floods. Register before Hocuspocus. */
  watch(ws: WebSocket, request: IncomingMessage, onFlood: () => void): void {
    ws.on('message', (data: Buffer) => {
      const entry = this.refused.get(request);
      if (!entry || ws.readyState !== ws.OPEN) return;
      let name: string;
      try {
        name = decoding.readVarString(decoding.createDecoder(new Uint8Array(data)));
      } catch {
        return; // Hocuspocus answers undecodable messages itself.
      }
      if (entry.names.has(name) && ++entry.messages > this.maxMessages) {
        onFlood();
        ws.close(FLOODED.code, FLOODED.reason);
      }
    });
  }
}
