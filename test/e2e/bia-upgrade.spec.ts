// A version 3 database (test/fixtures/db-v3.json, written with raw IndexedDB in Chromium) opened by
// today's app: the version 4 upgrade loads its rule while the upgrade runs (Dexie.waitFor) and each
// risk-area dependency shows up as a BIA resource of its workbook; the dependencies stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'db-v3.json'), 'utf8'),
) as {
  idbVersion: number;
  stores: Record<
    string,
    {
      keyPath: string;
      autoIncrement: boolean;
      indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
    }
  >;
  rows: Record<string, Record<string, unknown>[]>;
};

test('a version 3 database upgrades in Chromium: dependencies become linked BIA resources', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your continuity workbooks' })).toBeVisible();
  await page.evaluate(
    (f) =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('continuity-workbook');
        del.onsuccess = () => {
          const req = indexedDB.open('continuity-workbook', f.idbVersion);
          req.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(f.stores)) {
              const store = req.result.createObjectStore(name, {
                keyPath: spec.keyPath,
                autoIncrement: spec.autoIncrement,
              });
              for (const ix of spec.indexes)
                store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry });
            }
          };
          req.onsuccess = () => {
            const tx = req.result.transaction(Object.keys(f.rows), 'readwrite');
            for (const [name, rows] of Object.entries(f.rows))
              for (const row of rows) tx.objectStore(name).put(row);
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        };
        del.onerror = () => reject(del.error);
      }),
    fixture,
  );
  const workbookId = fixture.rows.workbooks![0]!.id as string;
  await page.goto(`${server.url}/#/w/${workbookId}/bia`);
  await expect(page.getByRole('heading', { level: 2, name: 'Business impact analysis' })).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<{
        version: number;
        resources: { name: string; riskDependencyId: string | null }[];
        dependencies: number;
      }>((resolve) => {
        const req = indexedDB.open('continuity-workbook');
        req.onsuccess = () => {
          const tx = req.result.transaction(['biaResources', 'dependencies']);
          const res = tx.objectStore('biaResources').getAll();
          const deps = tx.objectStore('dependencies').count();
          tx.oncomplete = () => {
            resolve({ version: req.result.version, resources: res.result, dependencies: deps.result });
            req.result.close();
          };
        };
      }),
  );
  expect(stored.version).toBe(40);
  expect(stored.dependencies).toBe(fixture.rows.dependencies!.length);
  for (const d of fixture.rows.dependencies!) {
    expect(
      stored.resources.filter((r) => r.riskDependencyId === d.id),
      String(d.name),
    ).toHaveLength(1);
  }
  for (const name of ['담당자 0 VPN', '담당자 2 VPN']) {
    await expect(page.getByText(name, { exact: true }).first()).toBeAttached();
  }
});
