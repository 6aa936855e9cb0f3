import { beforeAll, describe, expect, it } from 'vitest';
import {
  communicationsReadiness,
  fallbackChannels,
  readinessProblems,
} from '../../src/domain/communications-readiness';
import { providerChannelKinds } from '../../src/domain/communications';
import { createRecord, listByWorkbook, patchRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { loadCatalogues, messageFor } from '../../src/i18n';
import { internalChannelFormSchema } from '../../src/features/communications/form-schemas';

beforeAll(() => loadCatalogues());

async function seeded() {
  const w = await createWorkbook({ title: 'Comms' });
  const provider = await listByWorkbook('providerChannels', w.id);
  return { w, provider, byKind: (k: string) => provider.find((c) => c.kind === k)! };
}

describe('provider channels', () => {
  it('every new workbook has the seven channels, each named and explained in both languages', async () => {
    const { provider } = await seeded();
    expect(provider.map((c) => c.kind)).toEqual([...providerChannelKinds]);
    for (const kind of providerChannelKinds) {
      for (const part of ['name', 'explain']) {
        expect(messageFor('en', `communications.channel.${kind}.${part}`)).toBeTruthy();
        expect(messageFor('ko', `communications.channel.${kind}.${part}`)).toMatch(/[\uAC00-\uD7A3]/);
      }
    }
    expect(messageFor('en', 'communications.cadence.hint')).toMatch(/every hour/);
  });
});

describe('communications readiness', () => {
  it('flags a fresh workbook: nobody on the dashboard, no fallback, no internal channel', async () => {
    const { w, provider } = await seeded();
    const internal = await listByWorkbook('internalChannels', w.id);
    expect(readinessProblems(communicationsReadiness(provider, internal, 60))).toEqual([
      'noDashboardWatcher',
      'noFallbackChannel',
      'noInternalChannel',
    ]);
  });

  it('clears each flag when the plan covers it', async () => {
    const { w, byKind } = await seeded();
    await patchRecord('providerChannels', byKind('service_health_dashboard').id, { used: true, watcher: '' });
    let r = communicationsReadiness(await listByWorkbook('providerChannels', w.id), [], 60);
    expect(r.noDashboardWatcher).toBe(true); // used, but nobody named
    await patchRecord('providerChannels', byKind('service_health_dashboard').id, { watcher: 'NOC' });
    // A channel inside the admin center does not count as a fallback for it.
    await patchRecord('providerChannels', byKind('message_center').id, { used: true, fallbackOrder: 1 });
    r = communicationsReadiness(await listByWorkbook('providerChannels', w.id), [], 60);
    expect(r.noDashboardWatcher).toBe(false);
    expect(r.noFallbackChannel).toBe(true);
    // Set in order but not used: still no fallback.
    await patchRecord('providerChannels', byKind('backup_status_site').id, { fallbackOrder: 1 });
    expect(fallbackChannels(await listByWorkbook('providerChannels', w.id))).toEqual([]);
    await patchRecord('providerChannels', byKind('backup_status_site').id, { used: true });
    await patchRecord('providerChannels', byKind('admin_mobile_app').id, { used: true, fallbackOrder: 2 });
    const provider = await listByWorkbook('providerChannels', w.id);
    expect(fallbackChannels(provider).map((c) => c.kind)).toEqual(['backup_status_site', 'admin_mobile_app']);

    const chat = await createRecord('internalChannels', {
      workbookId: w.id,
      kind: 'chat',
      name: 'Team chat',
      worksWhenProviderDown: 'no',
    });
    r = communicationsReadiness(provider, [chat], 60);
    expect(r.allInternalDependOnProvider).toBe(true);
    const sms = await createRecord('internalChannels', {
      workbookId: w.id,
      kind: 'sms',
      name: 'SMS blast',
      worksWhenProviderDown: 'yes',
    });
    r = communicationsReadiness(provider, await listByWorkbook('internalChannels', w.id), 60);
    expect(readinessProblems(r)).toEqual([]);
    // A deleted channel does not count.
    r = communicationsReadiness(provider, [chat, { ...sms, deletedAt: '2026-01-01T00:00:00.000Z' }], 60);
    expect(r.allInternalDependOnProvider).toBe(true);
    expect(communicationsReadiness(provider, [sms], 120).cadenceSlowerThanProvider).toBe(true);
  });

  it('requires a name for an internal channel, with a translated message', () => {
    const r = internalChannelFormSchema.safeParse({ kind: 'email', name: ' ' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('errors.required');
  });
});
