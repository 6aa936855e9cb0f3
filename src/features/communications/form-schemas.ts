// Form schemas for this feature, taken from the domain so each rule is written once; numbers get
// messages a planner can act on.
import { z } from 'zod';
import { contactSchema, internalChannelSchema, providerChannelSchema } from '../../domain/communications';

const order = (message: string) =>
  z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(99, { error: message })
    .nullable()
    .default(null);

export const providerChannelFormSchema = providerChannelSchema
  .pick({ used: true, watcher: true, alertMethod: true, address: true, notes: true })
  .extend({ fallbackOrder: order('communications.provider.fallbackRange') });

export const internalChannelFormSchema = internalChannelSchema.pick({
  kind: true,
  name: true,
  purpose: true,
  owner: true,
  worksWhenProviderDown: true,
});

export const contactFormSchema = contactSchema
  .pick({
    kind: true,
    name: true,
    role: true,
    team: true,
    priority: true,
    officePhone: true,
    mobilePhone: true,
    email: true,
    calledById: true,
    lastVerifiedDate: true,
    contractRef: true,
    supportHours: true,
    availabilityHours: true,
    timeZone: true,
  })
  .extend({ escalationOrder: order('communications.contacts.orderRange') });

export const cadenceFormSchema = z.object({
  providerCheckCadenceMinutes: z
    .number({ error: 'communications.cadence.range' })
    .int({ error: 'communications.cadence.range' })
    .min(5, { error: 'communications.cadence.range' })
    .max(1440, { error: 'communications.cadence.range' }),
});
