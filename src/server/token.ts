// The sync token a client sends as the Hocuspocus provider's `token`: a small JSON string holding a
// workbook secret (and, on first use or rotation, the hashes to store). Parsing is strict so that a
// malformed token is refused, never half-understood. Hashes are SHA-256, lowercase hex, over the
// UTF-8 bytes of the base64url secret string exactly as it appears in the token.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const secret = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/);
const hash = z.string().regex(/^[0-9a-f]{64}$/);

const tokenSchema = z
  .object({
    v: z.literal(1),
    secret,
    register: z.object({ readHash: hash }).strict().optional(),
    rotate: z.object({ editHash: hash, readHash: hash }).strict().optional(),
  })
  .strict()
  .refine((t) => !(t.register && t.rotate), 'register and rotate are exclusive')
  .refine((t) => !t.rotate || t.rotate.editHash !== t.rotate.readHash, 'edit and read hashes must differ');

export type SyncToken = z.infer<typeof tokenSchema>;

/** The token, or null for anything that is not exactly a version 1 token (never throws). */
export function parseToken(raw: string): SyncToken | null {
  if (raw.length > 2048) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = tokenSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
