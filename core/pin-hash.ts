// Staff PIN hashes: PBKDF2-SHA256, so the server writes them and a till verifies a PIN offline from
// the hashes it pulled. Format: pbkdf2$sha256$<iterations>$<salt b64>$<hash b64>.
import { pbkdf2Async } from '@noble/hashes/pbkdf2';
import { sha256 } from '@noble/hashes/sha2';

/** Iterations for new hashes: slow enough to make guessing a 4–6 digit PIN from a stolen hash costly, fast enough for a till. */
export const DEFAULT_PIN_ITERATIONS = 100_000;
const HASH_BYTES = 32;
const SALT_BYTES = 16;
const MAX_ITERATIONS = 10_000_000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  // Browsers expose WebCrypto's `subtle` only in secure contexts (https, localhost): a browser till
  // opened over plain http on the shop's LAN falls back to an audited pure-JS PBKDF2 (same result).
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return pbkdf2Async(sha256, new TextEncoder().encode(pin), salt, { c: iterations, dkLen: HASH_BYTES });
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/** Hashes a PIN (any non-empty string; tills use 4–8 digits). `saltB64` and `iterations` are for tests and re-hashing. */
export async function hashPin(pin: string, saltB64?: string, iterations = DEFAULT_PIN_ITERATIONS): Promise<string> {
  if (typeof pin !== 'string' || pin.length === 0) throw new RangeError('PIN must be a non-empty string');
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be 1–${MAX_ITERATIONS}, got ${String(iterations)}`);
  }
  const salt = saltB64 === undefined ? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)) : fromBase64(saltB64);
  const hash = await derive(pin, salt, iterations);
  return `pbkdf2$sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** True when `pin` matches `stored`; false for a wrong PIN or a malformed hash (never throws on bad input). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (typeof pin !== 'string' || pin.length === 0 || typeof stored !== 'string') return false;
  const parts = stored.split('$');
  if (parts.length !== 5 || parts[0] !== 'pbkdf2' || parts[1] !== 'sha256') return false;
  const iterations = Number(parts[2]);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array;
  try {
    salt = fromBase64(parts[3]!);
    expected = fromBase64(parts[4]!);
  } catch {
    return false;
  }
  if (expected.length !== HASH_BYTES) return false;
  const actual = await derive(pin, salt, iterations);
  // Constant-time compare: every byte is looked at whatever the first difference.
  let diff = 0;
  for (let i = 0; i < HASH_BYTES; i++) diff |= actual[i]! ^ expected[i]!;
  return diff === 0;
}
