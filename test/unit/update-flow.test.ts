// A new version never reloads a tab by itself: only the tab whose user accepted reloads, after its
// saves are written; a tab taken over from elsewhere writes its saves and shows the offer. A long-open
// tab checks for an update hourly and when it becomes visible.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkForUpdatesNowAndThen,
  createUpdateFlow,
  UPDATE_CHECK_INTERVAL_MS,
} from '../../src/app/update-flow';

function harness() {
  const log: string[] = [];
  let offer: { accept: () => Promise<void> } | null = null;
  const flow = createUpdateFlow({
    flush: async () => {
      log.push('flush');
    },
    reload: () => log.push('reload'),
    show: (o) => {
      offer = o;
      log.push(o ? 'offer' : 'hide');
    },
  });
  return { flow, log, offer: () => offer };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('update flow', () => {
  it('another tab taken over by the new version saves and offers, and does not reload', async () => {
    const { flow, log } = harness();
    flow.needRefresh(async () => undefined);
    await flow.needReload();
    expect(log).toEqual(['offer', 'flush', 'offer']);
  });

  it('the tab whose user accepts saves, activates the new version, then reloads on controlling', async () => {
    const { flow, log, offer } = harness();
    flow.needRefresh(async () => {
      log.push('skipWaiting');
    });
    await offer()!.accept();
    expect(log).toEqual(['offer', 'flush', 'skipWaiting']);
    await flow.needReload();
    expect(log).toEqual(['offer', 'flush', 'skipWaiting', 'flush', 'reload']);
  });

  it('accepting in a tab the new version already controls saves, then reloads it', async () => {
    const { flow, log, offer } = harness();
    await flow.needReload();
    await offer()!.accept();
    expect(log).toEqual(['flush', 'offer', 'flush', 'reload']);
  });

  it('checks for an update every hour and when the tab becomes visible', () => {
    vi.useFakeTimers();
    const update = vi.fn(() => Promise.resolve());
    const listeners: (() => void)[] = [];
    const doc = {
      visibilityState: 'hidden' as DocumentVisibilityState,
      addEventListener: (_: string, fn: () => void) => listeners.push(fn),
      removeEventListener: () => listeners.pop(),
    };
    const stop = checkForUpdatesNowAndThen({ update } as never, doc as never);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(update).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);
    listeners[0]!();
    expect(update).toHaveBeenCalledTimes(1);
    doc.visibilityState = 'visible';
    listeners[0]!();
    expect(update).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(2);
    expect(listeners).toEqual([]);
  });
});
