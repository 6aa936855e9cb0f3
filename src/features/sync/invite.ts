// Secrets, tokens and invite links. A secret is 32 random bytes (base64url); the server keeps only
// its SHA-256. An invite link is `<server>/#/join/<payload>`: the payload (with the secret) sits in
// the URL fragment, which browsers never send to a server nor put in its logs.
import { z } from 'zod';
import { serverSchema } from '../../db/sync/settings';

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromB64url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

export const newSecret = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

export async function sha256hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The provider token, as agreed with the server: register, rotate, or just connect. */
export async function tokenFor(
  secret: string,
  extra: { register?: { readSecret: string }; rotate?: { secret: string; readSecret: string } } = {},
): Promise<string> {
  if (extra.register)
    return JSON.stringify({
      v: 1,
      secret,
      register: { readHash: await sha256hex(extra.register.readSecret) },
    });
  if (extra.rotate)
    return JSON.stringify({
      v: 1,
      secret,
      rotate: {
        editHash: await sha256hex(extra.rotate.secret),
        readHash: await sha256hex(extra.rotate.readSecret),
      },
    });
  return JSON.stringify({ v: 1, secret });
}

const inviteSchema = z.object({
  v: z.literal(1),
  /** The server's address (it serves the app too). */
  u: serverSchema,
  /** The workbook id. */
  w: z.string().min(1).max(100),
  /** Its title when the link was made (shown before anything is received). */
  t: z.string().max(300),
  s: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/),
  /** A read-only link. */
  r: z.boolean(),
});
export type Invite = z.infer<typeof inviteSchema>;

export function inviteLink(invite: Invite): string {
  const payload = b64url(new TextEncoder().encode(JSON.stringify(invite)));
  return `${invite.u.replace(/\/+$/, '')}/#/join/${payload}`;
}

/** The invite in a link's payload, or null when it is not one of ours (damaged, cut off). */
export function readInvite(payload: string): Invite | null {
  try {
    const parsed = inviteSchema.safeParse(JSON.parse(new TextDecoder().decode(fromB64url(payload))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The WebSocket address of a server's sync endpoint (same origin as the app it serves). */
export const socketUrl = (server: string) => `${server.replace(/^http/, 'ws').replace(/\/+$/, '')}/sync`;
