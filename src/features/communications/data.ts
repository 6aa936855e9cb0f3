// Reads and writes of the communications step. Every one-off write goes through the guarded write
// path (src/db/guarded-write.ts): it resolves to an outcome, never throws, and counts the change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useAutosaveForm } from '../../components/form/use-autosave-form';
import { addRecord, changeRecord, removeRecord, undoRemove } from '../../db/guarded-write';
import { listByWorkbook } from '../../db/records';
import { todayIso } from '../../lib/dates';
import type { z } from 'zod';
import type { Contact, InternalChannel, ProviderChannel } from '../../domain/communications';
import type { Workbook } from '../../domain/workbook';
import {
  cadenceFormSchema,
  contactFormSchema,
  internalChannelFormSchema,
  providerChannelFormSchema,
} from './form-schemas';

type ContactFormOutput = z.output<typeof contactFormSchema>;
type InternalChannelFormOutput = z.output<typeof internalChannelFormSchema>;

export const useCommunications = (workbookId: string) =>
  useLiveQuery(
    async () => ({
      provider: await listByWorkbook('providerChannels', workbookId),
      internal: await listByWorkbook('internalChannels', workbookId),
      contacts: await listByWorkbook('contacts', workbookId),
    }),
    [workbookId],
  );

export const addContact = (workbookId: string, values: ContactFormOutput) =>
  addRecord('contacts', { ...values, workbookId });
export const removeContact = (id: string) => removeRecord('contacts', id);
export const restoreContact = (id: string) => undoRemove('contacts', id);
/** Verifying a contact stamps today's date: the staleness rule counts from it. */
export const markContactVerified = (id: string, today = todayIso()) =>
  changeRecord('contacts', id, { lastVerifiedDate: today });

export const addInternalChannel = (workbookId: string, values: InternalChannelFormOutput) =>
  addRecord('internalChannels', { ...values, workbookId });
export const removeInternalChannel = (id: string) => removeRecord('internalChannels', id);
export const restoreInternalChannel = (id: string) => undoRemove('internalChannels', id);

// The forms that edit a stored record in place (autosaved).
export const useContactForm = (contact: Contact) =>
  useAutosaveForm({ schema: contactFormSchema, table: 'contacts', record: contact });
export const useInternalChannelForm = (channel: InternalChannel) =>
  useAutosaveForm({ schema: internalChannelFormSchema, table: 'internalChannels', record: channel });
export const useProviderChannelForm = (channel: ProviderChannel) =>
  useAutosaveForm({ schema: providerChannelFormSchema, table: 'providerChannels', record: channel });
export const useCadenceForm = (workbook: Workbook) =>
  useAutosaveForm({ schema: cadenceFormSchema, table: 'workbooks', record: workbook });
