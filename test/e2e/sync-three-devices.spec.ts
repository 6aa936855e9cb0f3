// Three devices, one shared workbook, hundreds of random edits through the app's own screens: the
// real sync server on loopback, three browser contexts (each its own IndexedDB), the owner shares
// and the other two join by the invite link. Each device then makes SYNC_OPS (300) random writes by
// driving the UI (workbook fields, risk-area answers and ratings, dependencies added, renamed,
// annotated, removed and restored, responsibility reviews, scenarios made, edited, re-rated and
// deleted), interleaved across the devices, and goes offline (network cut) for stretches while it
// keeps editing. Once all are back and synced, every table of the workbook is read straight from
// each device's IndexedDB and must be exactly equal across the three, and each device's database
// must hold every record of the shared document it stored: a remote change not applied fails it.
// Seeded (SYNC_SEED, default 16; printed, and again on failure). The seed fixes every choice a
// device makes from what its screen shows; what a screen shows depends on when peers' edits arrive,
// so a replay follows the same path as far as the timing does.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { reviewStatuses } from '../../src/domain/responsibility';
import { readinessRatings } from '../../src/domain/risk-areas';
import { scenarioStatuses } from '../../src/domain/scenario';
import { tableNames } from '../../src/domain/tables';
import { expectSaved } from './fixtures';
import { expect, joinWith, share, test, type Device } from './sync-fixtures';

const SEED = Number(process.env.SYNC_SEED ?? 16);
const OPS = Number(process.env.SYNC_OPS ?? 300);
/** Writes a device makes on one step before it moves on. */
const STRETCH = 15;

// About two minutes on two idle cores; the margin is for a machine shared with other work.
test.describe.configure({ timeout: 600_000 });

test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus)
    console.log(`sync-three-devices failed with seed ${SEED}: replay with SYNC_SEED=${SEED}`);
});

/** mulberry32: small, seeded, the same sequence on every machine. */
function prng(seed: number) {
  let s = seed | 0;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)]! };
}
type Rng = ReturnType<typeof prng>;

function shuffled<T>(xs: readonly T[], rnd: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Place = 'overview' | 'people' | 'location' | 'systems' | 'responsibilities' | 'scenarios' | 'scenario';
const AREAS = { people: /^People/, location: /^Location/, systems: /^Systems/ } as const;
const WORKBOOK_FIELDS = [/^Organisation/, /^Plan owner/, /^Scope/, /^Rally point/, /^Alternate rally point/];
const WORDS = ['서울', '본사', '정전', 'Contoso', 'Park', 'Kim', 'déjà', 'plan', '😀'];

type Member = Device & { name: string; place: Place; isOffline: boolean };

/** A short action: the item may vanish under the pointer (a peer deleted it); then the op is skipped. */
const SHORT = { timeout: 8000 };

/**
 * One device's random write, through its screen. Returns the kind of write made, or 'skipped' when
 * what it reached for went away before it got there (a peer removed it), as a person would give up.
 */
async function randomWrite(m: Member, rnd: Rng, tag: string): Promise<string> {
  const page = m.page;
  const text = () => `${rnd.pick(WORDS)} ${tag}`;
  try {
    switch (m.place) {
      case 'overview': {
        await page.getByLabel(rnd.pick(WORKBOOK_FIELDS)).fill(text());
        return 'workbook field';
      }
      case 'people':
      case 'location':
      case 'systems': {
        const r = rnd.next();
        const rows = page.locator('.risk-areas-dep');
        const n = await rows.count();
        if (r < 0.3) {
          const q = page.locator('.risk-areas-question').nth(rnd.int(4));
          await q.getByLabel('Answer').fill(text(), SHORT);
          return 'answer';
        }
        if (r < 0.45) {
          const q = page.locator('.risk-areas-question').nth(rnd.int(4));
          await q.getByLabel('Readiness').selectOption(rnd.pick(readinessRatings), SHORT);
          return 'rating';
        }
        if (r < 0.65 || n === 0) {
          const entry = page.getByLabel('New entry');
          await entry.fill(`dep ${tag}`);
          await page.locator('.risk-areas-dep-add').getByRole('button', { name: 'Add' }).click();
          // Stored: the field empties (typing on before then would be cleared with it).
          await expect(entry).toHaveValue('');
          return 'dependency added';
        }
        const row = rows.nth(rnd.int(n));
        if (r < 0.78) {
          await row.getByLabel(/^Name/).fill(`dep ${text()}`, SHORT);
          return 'dependency renamed';
        }
        if (r < 0.9) {
          await row.getByLabel(/^Notes/).fill(text(), SHORT);
          return 'dependency notes';
        }
        await row.getByRole('button', { name: /^Remove / }).click(SHORT);
        if (rnd.next() < 0.3) {
          await page.getByRole('button', { name: 'Undo' }).last().click(SHORT);
          return 'dependency restored';
        }
        return 'dependency removed';
      }
      case 'responsibilities': {
        // The catalogue's items are never removed: no skipping here.
        const item = page.getByRole('article').nth(rnd.int(13));
        const r = rnd.next();
        if (r < 0.4) {
          await item.getByLabel('Review status').selectOption(rnd.pick(reviewStatuses));
          return 'responsibility status';
        }
        if (r < 0.7) {
          await item.getByLabel(/^(Person responsible|Who watches it)/).fill(text());
          return 'responsibility person';
        }
        await item.getByLabel(/^(Evidence or notes|How we check it)/).fill(text());
        return 'responsibility notes';
      }
      case 'scenarios': {
        const links = page.locator('.scenarios-table tbody a');
        const boxes = page.locator('.scenarios-table tbody input[type="checkbox"]');
        const n = await links.count();
        const r = rnd.next();
        if (n > 0 && r < 0.25) {
          for (let k = 0, pickN = 1 + rnd.int(3); k < pickN; k++) await boxes.nth(rnd.int(n)).check(SHORT);
          await page.getByLabel('Set status of selected to').selectOption(rnd.pick(scenarioStatuses));
          await page.getByRole('button', { name: 'Apply', exact: true }).click(SHORT);
          return 'scenarios status (bulk)';
        }
        if (n > 0 && r < 0.6) {
          await links.nth(rnd.int(n)).click(SHORT);
          await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible(SHORT);
          m.place = 'scenario';
          return randomWrite(m, rnd, tag);
        }
        await page.getByRole('link', { name: 'New scenario' }).click();
        await page.getByLabel(/^Title/).fill(`정전 ${tag}`);
        for (const area of Object.values(AREAS))
          if (rnd.next() < 0.5) await page.getByRole('checkbox', { name: area }).check();
        await page.getByRole('checkbox', { name: rnd.pick(Object.values(AREAS)) }).check();
        await page.getByRole('button', { name: 'Save scenario' }).click();
        await expect(page.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
        m.place = 'scenario';
        return 'scenario created';
      }
      case 'scenario': {
        // A peer deleted the scenario on screen: back to the list, as a person would.
        if (!(await page.getByRole('heading', { name: 'Edit scenario' }).isVisible())) {
          await goTo(m, 'scenarios');
          return randomWrite(m, rnd, tag);
        }
        const r = rnd.next();
        if (r < 0.35) {
          await page.getByLabel(/^Title/).fill(`정전 ${text()}`, SHORT);
          return 'scenario title';
        }
        if (r < 0.55) {
          await page.getByLabel('Description').fill(text(), SHORT);
          return 'scenario description';
        }
        if (r < 0.85) {
          const which = rnd.next() < 0.5 ? 'Likelihood (1-5)' : 'Impact (1-5)';
          await page.getByLabel(which).selectOption(String(1 + rnd.int(5)), SHORT);
          return 'scenario rating';
        }
        await page.getByRole('button', { name: 'Delete scenario' }).click(SHORT);
        await expect(page.getByRole('heading', { level: 2, name: 'Scenarios' })).toBeVisible();
        m.place = 'scenarios';
        return 'scenario deleted';
      }
    }
  } catch (error) {
    // Only an action that timed out on a vanished item is a skip; anything else is a failure.
    if (error instanceof Error && error.name === 'TimeoutError') {
      console.log(`skipped on ${m.name} at ${m.place}: ${error.message.split('\n')[0]}`);
      return 'skipped';
    }
    throw error;
  }
}

/** Moves a device to another step through its navigation links. */
async function goTo(m: Member, place: Exclude<Place, 'scenario'>) {
  const page = m.page;
  if (place === 'overview') {
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page.getByLabel(/^Plan owner/)).toBeVisible();
  } else if (place === 'responsibilities') {
    await page.getByRole('link', { name: 'Responsibilities', exact: true }).click();
    await expect(page.getByRole('article')).toHaveCount(13);
  } else if (place === 'scenarios') {
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await expect(page.getByTestId('scenario-count')).toBeVisible();
  } else {
    await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
    await page.getByRole('link', { name: AREAS[place] }).click();
    await expect(page.locator('.risk-areas-question')).toHaveCount(4);
    await expect(page).toHaveURL(new RegExp(`/areas/${place}$`));
  }
  m.place = place;
}

/** Every record of the workbook in every synced table, read straight from the device's IndexedDB. */
function readDatabase(page: Page, workbookId: string) {
  return page.evaluate(
    async ({ workbookId, tables }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const req = indexedDB.open('continuity-workbook');
        req.onsuccess = () => done(req.result);
        req.onerror = () => fail(new Error('open failed'));
      });
      const out: Record<string, Record<string, unknown>[]> = {};
      const tx = db.transaction(tables, 'readonly');
      await Promise.all(
        tables.map(
          (t) =>
            new Promise<void>((done) => {
              const all = tx.objectStore(t).getAll();
              all.onsuccess = () => {
                const rows = (all.result as Record<string, unknown>[]).filter((r) =>
                  t === 'workbooks' ? r.id === workbookId : r.workbookId === workbookId,
                );
                if (rows.length) out[t] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
                done();
              };
            }),
        ),
      );
      db.close();
      return out;
    },
    { workbookId, tables: tableNames as string[] },
  );
}

/** The device's stored copy of the shared document (y-indexeddb's updates), rebuilt here. */
async function storedDocument(page: Page, workbookId: string) {
  const updates = await page.evaluate(
    (name) =>
      new Promise<number[][]>((done, fail) => {
        const req = indexedDB.open(name);
        req.onerror = () => fail(new Error('open failed'));
        req.onsuccess = () => {
          const all = req.result.transaction('updates').objectStore('updates').getAll();
          all.onsuccess = () => {
            req.result.close();
            done((all.result as Uint8Array[]).map((u) => Array.from(u)));
          };
        };
      }),
    `cw-sync:continuity-workbook:${workbookId}`,
  );
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, Uint8Array.from(u));
  return doc;
}

type Stored = Awaited<ReturnType<typeof readDatabase>>;
const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

test('three devices, 300 random edits each through the screens, some offline: identical databases', async ({
  browser,
  sync,
}) => {
  console.log(
    `sync-three-devices: seed ${SEED} (replay with SYNC_SEED=${SEED}), ${OPS} operations per device`,
  );
  const title = '세 기기 계획';
  const { a, editLink } = await share(browser, sync.server.url, title);
  const workbookId = a.page.url().split('/w/')[1]!.split('/')[0]!;
  const members: Member[] = [
    { ...a, name: 'a', place: 'overview', isOffline: false },
    { ...(await joinWith(browser, editLink, title)), name: 'b', place: 'overview', isOffline: false },
    { ...(await joinWith(browser, editLink, title)), name: 'c', place: 'overview', isOffline: false },
  ];
  // Each device has been here before: its service worker controls the page, so a step it has not
  // opened yet still loads while its network is off (the app's offline promise, after one visit).
  for (const m of members) {
    await m.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await m.page.reload();
    await expect.poll(() => m.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(m.page.getByTestId('sync-status')).toHaveAttribute('data-status', 'connected');
  }
  const places = ['overview', 'people', 'location', 'systems', 'responsibilities', 'scenarios'] as const;
  const counts: Record<string, number> = {};
  const spent: Record<string, number> = {};
  let offlineStretches = 0;
  const started = Date.now();
  /** Cuts the device's network (its sync socket closes; it keeps editing) or gives it back. */
  const toggleNetwork = async (m: Member) => {
    if (m.isOffline) {
      await m.context.setOffline(false);
      m.online();
    } else {
      await m.context.setOffline(true);
      await m.offline();
      offlineStretches++;
    }
    m.isOffline = !m.isOffline;
  };

  // The three devices edit at the same time, each from its own seeded sequence: stretches of
  // STRETCH writes on one step, the steps in a shuffled order that covers each of them in every
  // round; between stretches the device may lose or regain its network.
  await Promise.all(
    members.map(async (m, k) => {
      const rnd = prng(SEED * 3 + k);
      let order: (typeof places)[number][] = [];
      for (let i = 0; i < OPS; i++) {
        if (i % STRETCH === 0) {
          if (i > 0 && rnd.next() < 0.35) await toggleNetwork(m);
          if (order.length === 0) order = shuffled(places, rnd);
          const t0 = Date.now();
          await goTo(m, order.pop()!);
          spent.navigate = (spent.navigate ?? 0) + Date.now() - t0;
        }
        const t0 = Date.now();
        const kind = await randomWrite(m, rnd, `${m.name}${i}`);
        counts[kind] = (counts[kind] ?? 0) + 1;
        spent[kind] = (spent[kind] ?? 0) + Date.now() - t0;
      }
    }),
  );
  const editing = Date.now() - started;

  // Everyone back online; wait until each says it is connected and has saved everything, and the
  // three stored documents hold the same state (each has every update the others made).
  for (const m of members)
    if (m.isOffline) {
      await m.context.setOffline(false);
      m.online();
    }
  for (const m of members) {
    await expect(m.page.getByTestId('sync-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 30_000,
    });
    await expectSaved(m.page);
  }
  await expect
    .poll(
      async () =>
        new Set(
          await Promise.all(members.map(async (m) => stateOf(await storedDocument(m.page, workbookId)))),
        ).size,
      {
        message: 'the three documents to converge',
        timeout: 30_000,
      },
    )
    .toBe(1);
  // The remote changes reach Dexie in their own transactions just after: wait for the three to agree,
  // then compare exactly (a timeout here still ends in the comparison, which shows the difference).
  await expect
    .poll(
      async () => {
        const [x, y, z] = await Promise.all(members.map((m) => readDatabase(m.page, workbookId)));
        return JSON.stringify(y) === JSON.stringify(x) && JSON.stringify(z) === JSON.stringify(x);
      },
      { timeout: 15_000 },
    )
    .toBe(true)
    .catch(() => undefined);
  const [da, db, dc] = (await Promise.all(members.map((m) => readDatabase(m.page, workbookId)))) as [
    Stored,
    Stored,
    Stored,
  ];
  expect(db, 'device b’s database against a’s').toEqual(da);
  expect(dc, 'device c’s database against a’s').toEqual(da);

  // Each database holds the records of the document it stored, table by table: nothing unapplied.
  for (const [m, data] of [
    [members[0]!, da],
    [members[1]!, db],
    [members[2]!, dc],
  ] as const) {
    const doc = await storedDocument(m.page, workbookId);
    for (const t of tableNames)
      expect([m.name, t, (data[t] ?? []).map((r) => r.id).sort()]).toEqual([
        m.name,
        t,
        [...doc.getMap<Y.Map<unknown>>(`t:${t}`).keys()].sort(),
      ]);
  }

  // The run did what it claims: many kinds of writes, offline stretches, records made and removed.
  console.log(
    `sync-three-devices: ${JSON.stringify(counts)}, ${offlineStretches} offline stretches, ` +
      `${Math.round(editing / 1000)} s of editing; ms per kind ${JSON.stringify(spent)}`,
  );
  expect(offlineStretches).toBeGreaterThanOrEqual(3);
  expect(counts.skipped ?? 0).toBeLessThan(OPS * 0.05);
  // Least counts of each kind of write in a full run (fewer in a shorter one, SYNC_OPS).
  const least = {
    'workbook field': 30,
    answer: 20,
    rating: 10,
    'dependency added': 20,
    'dependency renamed': 10,
    'dependency removed': 10,
    'responsibility status': 10,
    'scenario created': 3,
    'scenario title': 3,
  };
  for (const [kind, n] of Object.entries(least))
    expect(counts[kind] ?? 0, kind).toBeGreaterThanOrEqual(Math.floor((n * OPS) / 300));
  expect((da.dependencies ?? []).length).toBeGreaterThan(10);
  expect((da.dependencies ?? []).some((d) => d.deletedAt)).toBe(true);
  expect((da.scenarios ?? []).length).toBeGreaterThan(3);
});
