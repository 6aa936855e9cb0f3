// Sync and the automatic link (issue 14): the link is made only in the local write path, so a
// dependency added on one device arrives on the others with its resource, and no device's remote
// apply makes a second one. Renames, removals and Undo travel the same way. In memory, through
// the app's own binding (see sync-binding.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { flushSaves, queuePatch } from '../../src/db/autosave';
import { createWorkbook } from '../../src/db/workbooks';
import { addDependency, removeDependency, restoreDependency } from '../../src/features/risk-areas/data';
import { contents, ownerDatabase, SyncNet, type Device } from './helpers/sync-net';
import { valueOf } from './helpers/outcome';

let net: SyncNet;
afterEach(async () => {
  await net.close();
});

async function twoDevices() {
  net = new SyncNet();
  const { db, made } = await ownerDatabase(() => createWorkbook({ title: '연결' }));
  const a = await net.device('a', made.id, { db });
  const b = await net.device('b', made.id);
  await net.settle();
  return { a, b, wb: made };
}

async function write<R>(d: Device, op: () => Promise<R>) {
  d.use();
  const r = await op();
  await net.settle();
  return r;
}

/** Each device's dependencies and resources: [name, deleted] and [name, linked dependency, deleted]. */
async function lists(d: Device) {
  const deps = await d.db.dependencies.toArray();
  const resources = await d.db.biaResources.toArray();
  return {
    deps: deps.map((x) => [x.id, x.name, x.deletedAt !== null]).sort(),
    resources: resources.map((x) => [x.id, x.name, x.riskDependencyId, x.deletedAt !== null]).sort(),
  };
}

describe('automatic BIA links across devices', () => {
  it('a dependency added on one device arrives with its one resource; none is made on arrival', async () => {
    const { a, b, wb } = await twoDevices();
    const dep = await write(a, () => valueOf(addDependency(wb.id, 'systems', 'ERP')));
    const onA = await lists(a);
    expect(onA.resources).toEqual([[expect.any(String), 'ERP', dep.id, false]]);
    expect(await lists(b)).toEqual(onA);
    // B adds one too: still one resource per dependency on both.
    const vpn = await write(b, () => valueOf(addDependency(wb.id, 'location', 'VPN')));
    for (const d of [a, b]) {
      const { resources } = await lists(d);
      expect(resources.map((r) => r[2]).sort()).toEqual([dep.id, vpn.id].sort());
    }
    expect(await contents(a.db)).toEqual(await contents(b.db));
  });

  it('a rename, a removal and its Undo reach the other device with the resource, never doubled', async () => {
    const { a, b, wb } = await twoDevices();
    const dep = await write(a, () => valueOf(addDependency(wb.id, 'people', 'Payroll clerk')));
    const resourceId = (await a.db.biaResources.toArray())[0]!.id;
    // What the row's form does on a rename: the name and the resource's name in one autosave batch.
    await write(b, async () => {
      queuePatch('dependencies', dep.id, { name: 'Payroll team' });
      queuePatch('biaResources', resourceId, { name: 'Payroll team' });
      await flushSaves();
    });
    expect(await lists(a)).toEqual({
      deps: [[dep.id, 'Payroll team', false]],
      resources: [[resourceId, 'Payroll team', dep.id, false]],
    });
    const removal = await write(b, () => valueOf(removeDependency(dep.id)));
    expect((await lists(a)).resources).toEqual([[resourceId, 'Payroll team', dep.id, true]]);
    await write(a, () => valueOf(restoreDependency(dep.id, removal)));
    for (const d of [a, b])
      expect(await lists(d)).toEqual({
        deps: [[dep.id, 'Payroll team', false]],
        resources: [[resourceId, 'Payroll team', dep.id, false]],
      });
    expect(await contents(a.db)).toEqual(await contents(b.db));
  });

  it('offline adds on two devices merge to one resource per dependency, the same on both', async () => {
    const { a, b, wb } = await twoDevices();
    net.disconnect(b);
    await write(a, () => valueOf(addDependency(wb.id, 'systems', 'Mail')));
    await write(b, () => valueOf(addDependency(wb.id, 'systems', 'Chat')));
    net.connect(b);
    await net.settle();
    for (const d of [a, b]) {
      const { deps, resources } = await lists(d);
      expect(deps).toHaveLength(2);
      expect(resources.map((r) => r[2]).sort()).toEqual(deps.map((x) => x[0]).sort());
    }
    expect(await contents(a.db)).toEqual(await contents(b.db));
  });
});
