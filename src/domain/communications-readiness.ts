// Readiness of the communication plan: is someone watching, is there a way in when the admin
// center is down, and can we still reach our own people when the provider's service is down.
import type { InternalChannel, ProviderChannel, ProviderChannelKind } from './communications';

/** The provider publishes these inside its admin center, so they fail together with it. */
export const adminCenterKinds: readonly ProviderChannelKind[] = [
  'service_health_dashboard',
  'post_incident_reviews',
  'message_center',
];

/** The provider's own cadence for dashboard updates during an incident, in minutes. */
export const PROVIDER_UPDATE_MINUTES = 60;

type P = Pick<ProviderChannel, 'kind' | 'used' | 'watcher' | 'fallbackOrder' | 'deletedAt'>;
type I = Pick<InternalChannel, 'worksWhenProviderDown' | 'deletedAt'>;

/** Used channels outside the admin center with a place in the fallback order, first to try first. */
export function fallbackChannels<C extends P>(channels: readonly C[]): C[] {
  return channels
    .filter((c) => c.deletedAt === null && c.used && c.fallbackOrder !== null)
    .filter((c) => !adminCenterKinds.includes(c.kind))
    .sort((a, b) => a.fallbackOrder! - b.fallbackOrder!);
}

export type CommunicationsReadiness = {
  noDashboardWatcher: boolean;
  noFallbackChannel: boolean;
  noInternalChannel: boolean;
  allInternalDependOnProvider: boolean;
  /** Our checks are further apart than the provider's updates. */
  cadenceSlowerThanProvider: boolean;
};

export function communicationsReadiness(
  provider: readonly P[],
  internal: readonly I[],
  checkCadenceMinutes: number,
): CommunicationsReadiness {
  const live = internal.filter((c) => c.deletedAt === null);
  const dashboard = provider.find((c) => c.deletedAt === null && c.kind === 'service_health_dashboard');
  return {
    noDashboardWatcher: !dashboard || !dashboard.used || dashboard.watcher.trim() === '',
    noFallbackChannel: fallbackChannels(provider).length === 0,
    noInternalChannel: live.length === 0,
    allInternalDependOnProvider: live.length > 0 && live.every((c) => c.worksWhenProviderDown === 'no'),
    cadenceSlowerThanProvider: checkCadenceMinutes > PROVIDER_UPDATE_MINUTES,
  };
}

export const readinessProblems = (r: CommunicationsReadiness) =>
  (Object.keys(r) as (keyof CommunicationsReadiness)[]).filter((k) => r[k]);
