// Passphrase-protected backups with WebCrypto only: AES-256-GCM, the key from
// PBKDF2-HMAC-SHA256, a fresh random salt and IV for every file, in a versioned envelope that
// records every parameter. The envelope's header is bound to the ciphertext as GCM additional
// data, so changing any parameter, like any byte of the ciphertext, makes decryption fail.
// Every failure is one answer: "wrong passphrase or damaged file" (nothing tells them apart).

export const ENCRYPTED_FORMAT = 'continuity-workbook-backup-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; files asking for fewer are refused. */
export const MIN_ITERATIONS = 600_000;
/** Far above anything we write: refuses files that would lock the tab for minutes. */
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

type Header = {
  format: typeof ENCRYPTED_FORMAT;
  formatVersion: typeof ENCRYPTED_FORMAT_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; keyLength: 256; iv: string };
};
export type EncryptedEnvelope = Header & { ciphertext: string };

export type DecryptResult = { ok: true; text: string } | { ok: false; code: 'wrongPassphraseOrDamaged' };

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Strict: only canonical base64 (what toBase64 writes), so no two texts decode to the same bytes. */
function fromBase64(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const raw = atob(text);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return toBase64(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

/** The bytes the header is bound by: a fixed field order, whatever order the file uses. */
const headerBytes = (h: Header) =>
  encoder.encode(
    JSON.stringify([
      h.format,
      h.formatVersion,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.cipher.name,
      h.cipher.keyLength,
      h.cipher.iv,
    ]),
  );

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, usage: KeyUsage) {
  const material = await subtle().importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Encrypts a backup's text. `iterations` exists for tests only (a low count keeps a test that
 * decrypts hundreds of damaged files fast); the app always uses the default.
 */
export async function encryptBackupText(
  text: string,
  passphrase: string,
  { iterations = MIN_ITERATIONS }: { iterations?: number } = {},
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: Header = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', keyLength: 256, iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const sealed = await subtle().encrypt(
    {
      name: 'AES-GCM',
      iv: iv as BufferSource,
      additionalData: headerBytes(header) as BufferSource,
      tagLength: 128,
    },
    key,
    encoder.encode(text),
  );
  const envelope: EncryptedEnvelope = { ...header, ciphertext: toBase64(new Uint8Array(sealed)) };
  return JSON.stringify(envelope);
}

/**
 * Whether a file is (or was meant to be) an encrypted backup. Deliberately loose: a file with one
 * damaged byte must still be recognised, so the user hears "damaged", not "not a backup".
 */
export function looksEncrypted(text: string): boolean {
  const head = text.slice(0, 600);
  if (head.includes(ENCRYPTED_FORMAT) || /"ciphertext"\s*:/.test(text.slice(0, 2000))) return true;
  // Cut off before the format name was complete: what is left is the start of our own header.
  // Only once it is long enough to be ours: a file holding just `{` is not valid JSON, not a
  // damaged encrypted backup.
  const start = head.replace(/^\uFEFF/, '');
  return start.length >= MIN_SIGNATURE_PREFIX && SIGNATURE.startsWith(start);
}

/** `{"format":"c`: shorter starts are the start of any JSON object. */
const MIN_SIGNATURE_PREFIX = 12;

/** How every encrypted file begins (encryptBackupText writes compact JSON, format first). */
const SIGNATURE = `{"format":"${ENCRYPTED_FORMAT}"`;

export async function decryptBackupText(
  text: string,
  passphrase: string,
  { minIterations = MIN_ITERATIONS }: { minIterations?: number } = {},
): Promise<DecryptResult> {
  const fail: DecryptResult = { ok: false, code: 'wrongPassphraseOrDamaged' };
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    const header = readHeader(raw, minIterations);
    if (!header) return fail;
    const salt = fromBase64(header.kdf.salt);
    const iv = fromBase64(header.cipher.iv);
    const sealed = fromBase64((raw as { ciphertext?: unknown }).ciphertext);
    if (
      !salt ||
      !iv ||
      !sealed ||
      salt.length !== SALT_BYTES ||
      iv.length !== IV_BYTES ||
      sealed.length < 16
    ) {
      return fail;
    }
    const key = await deriveKey(passphrase, salt, header.kdf.iterations, 'decrypt');
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: iv as BufferSource,
        additionalData: headerBytes(header) as BufferSource,
        tagLength: 128,
      },
      key,
      sealed as BufferSource,
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return fail;
  }
}

function readHeader(raw: unknown, minIterations: number): Header | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const kdf = r.kdf as Record<string, unknown> | undefined;
  const cipher = r.cipher as Record<string, unknown> | undefined;
  if (r.format !== ENCRYPTED_FORMAT || r.formatVersion !== ENCRYPTED_FORMAT_VERSION) return null;
  if (!kdf || typeof kdf !== 'object' || !cipher || typeof cipher !== 'object') return null;
  const iterations = kdf.iterations;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string') return null;
  if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations)) return null;
  if (iterations < minIterations || iterations > MAX_ITERATIONS) return null;
  if (cipher.name !== 'AES-GCM' || cipher.keyLength !== 256 || typeof cipher.iv !== 'string') return null;
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', keyLength: 256, iv: cipher.iv },
  };
}
