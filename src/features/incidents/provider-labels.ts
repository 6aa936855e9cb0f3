// The provider's enum values in the planner's language: documented members are translated, a value
// the docs do not list yet (Graph adds members over time) is shown as the provider sent it.
import { isKnownEnum, type KnownEnum } from '../../domain/provider-health';
import type { T } from '../../i18n/use-i18n';

export function providerLabel(t: T, kind: Exclude<KnownEnum, 'postType'>, value: string): string {
  if (!value) return '—';
  const key = `incidents.provider.${kind}.${value}`;
  const label = isKnownEnum(kind, value) ? t.loose(key) : value;
  return label === key ? value : label;
}

/** Sizes as people read them (the report limit, an attached file). */
export const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
