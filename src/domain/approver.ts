// People who approve and sign the printed plan.
import { z } from 'zod';
import { childMetaShape, isoDateSchema, requiredShortText, shortText } from './common';

export const approverSchema = z.object({
  ...childMetaShape,
  name: requiredShortText(),
  role: shortText(),
  signedDate: isoDateSchema.nullable().default(null),
});
export type Approver = z.infer<typeof approverSchema>;
