// How the organisation hears about a provider incident, and how it tells its own people.
import { z } from 'zod';
import { childMetaShape, idSchema, isoDateSchema, longText, requiredShortText, shortText } from './common';

/** The seven provider status channels, in the order the provider lists them. */
export const providerChannelKinds = [
  'service_health_dashboard',
  'backup_status_site',
  'public_status_account',
  'admin_mobile_app',
  'service_communications_api',
  'post_incident_reviews',
  'message_center',
] as const;
export const providerChannelKindSchema = z.enum(providerChannelKinds);
export type ProviderChannelKind = z.infer<typeof providerChannelKindSchema>;

export const providerChannelSchema = z.object({
  ...childMetaShape,
  kind: providerChannelKindSchema,
  used: z.boolean().default(false),
  watcher: shortText(),
  alertMethod: shortText(),
  address: shortText(),
  notes: longText(),
  /** 1 = try first when the admin center is down; null = not part of the fallback order. */
  fallbackOrder: z.number().int().min(1).max(99).nullable().default(null),
});
export type ProviderChannel = z.infer<typeof providerChannelSchema>;

export const internalChannelKinds = [
  'email',
  'chat',
  'sms',
  'phone_tree',
  'intranet_status',
  'other',
] as const;
export const worksWhenDownValues = ['yes', 'no', 'unknown'] as const;

export const internalChannelSchema = z.object({
  ...childMetaShape,
  kind: z.enum(internalChannelKinds),
  name: requiredShortText(),
  purpose: longText(),
  owner: shortText(),
  /** Does it still work when the provider's service is down? */
  worksWhenProviderDown: z.enum(worksWhenDownValues).default('unknown'),
});
export type InternalChannel = z.infer<typeof internalChannelSchema>;

export const contactKinds = ['team', 'vendor'] as const;
export const contactPriorities = ['primary', 'alternate'] as const;
const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: 'errors.tooLong' })
  .refine((v) => v === '' || /^\+?[0-9(][0-9 ()\-./]{4,38}$/.test(v), { error: 'errors.phone' })
  .default('');

export const contactSchema = z.object({
  ...childMetaShape,
  kind: z.enum(contactKinds).default('team'),
  name: requiredShortText(),
  role: shortText(),
  team: shortText(),
  priority: z.enum(contactPriorities).default('primary'),
  officePhone: phoneSchema,
  mobilePhone: phoneSchema,
  email: z
    .string()
    .trim()
    .max(254, { error: 'errors.tooLong' })
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'errors.email' })
    .default(''),
  escalationOrder: z.number().int().min(1).max(99).nullable().default(null),
  /** The contact who calls this one in the call tree; null = at the top. */
  calledById: idSchema.nullable().default(null),
  lastVerifiedDate: isoDateSchema.nullable().default(null),
  contractRef: shortText(),
  supportHours: shortText(),
  /** When the contact can be reached ("Mon–Fri 08:00–18:00") and in which IANA time zone: call-tree tools carry both. */
  availabilityHours: shortText(),
  timeZone: shortText(),
});
export type Contact = z.infer<typeof contactSchema>;
