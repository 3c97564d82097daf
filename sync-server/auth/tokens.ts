// The secrets this service hands out and how it keeps them: uniform random strings over an alphabet
// (rejection sampling, so no character is likelier than another) and the sha256-hex digest that is
// stored instead of the secret. API keys, device tokens, pairing codes and sessions all use these.
import { createHash, randomBytes } from 'node:crypto';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` characters drawn uniformly from `alphabet` (2–256 characters) with crypto randomness. */
export function randomString(length: number, alphabet: string = BASE62): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError('alphabet must have 2 to 256 characters');
  // Bytes at or above the largest multiple of the alphabet size are dropped: byte % size is then uniform.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Hex sha256 of a secret (UTF-8): what is stored and looked up instead of the secret itself. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
