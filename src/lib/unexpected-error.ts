// The last unexpected error (a rejected promise nobody handled, an uncaught exception): the app
// frame turns it into a message with a way to export a backup. A vanilla store, so any layer can report.
import { createStore } from 'zustand/vanilla';

export type UnexpectedError = { message: string; at: number };

export const unexpectedErrorStore = createStore<{ error: UnexpectedError | null }>()(() => ({ error: null }));

export function reportUnexpected(error: unknown) {
  // String(an Error) is "Name: message".
  unexpectedErrorStore.setState({ error: { message: String(error).slice(0, 300), at: Date.now() } });
}

export const dismissUnexpected = () => unexpectedErrorStore.setState({ error: null });
