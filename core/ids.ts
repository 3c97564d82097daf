// Prefixed, creation-sortable ids (`ord_01JD…`): a UUIDv7 rendered in Crockford base32, so
// ids sort by creation time as plain strings and carry no meaning an integrator could rely on.
import { uuidv7obj } from 'uuidv7';

export const ID_PREFIXES = [
  'biz',
  'loc',
  'prd',
  'cat',
  'mod',
  'mgr',
  'tax',
  'ord',
  'lin',
  'pay',
  'ref',
  'whk',
  'evt',
  'dlv',
  'att',
  'key',
  'dev',
  'usr',
  'stf',
  'shf',
  'csh',
  'mut',
  'req',
  'ses',
  'cus',
  'stc',
] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 bytes → 26 Crockford base32 characters (first char carries the top 3 bits). */
export function encodeCrockford128(bytes: Uint8Array): string {
  let out = '';
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${encodeCrockford128(uuidv7obj().bytes)}`;
}

const ID_PATTERN = /^[a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}$/;

/** True when `value` looks like an id with the given prefix (shape only; existence is the caller's job). */
export function isId(value: unknown, prefix?: IdPrefix): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && (prefix === undefined || value.startsWith(`${prefix}_`));
}
