// Webhook signing secrets must be readable to sign, so they cannot be hashed: they are sealed with
// AES-256-GCM. The key comes from POS_SECRET_KEY (base64, 32 bytes) or, when unset, one generated
// key kept in the database (protects dumps of the webhook tables, not a full database leak).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Queryable } from '../storage/database';

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new RangeError('the secret key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(':');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unreadable sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/** The box for this deployment: POS_SECRET_KEY when given, else the database's own key (created once). */
export async function loadSecretBox(db: Queryable, configuredKey: string | undefined = process.env.POS_SECRET_KEY): Promise<SecretBox> {
  if (configuredKey) {
    const key = Buffer.from(configuredKey, 'base64');
    if (key.length !== 32) throw new RangeError('POS_SECRET_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
    return createSecretBox(key);
  }
  await db.query(`INSERT INTO server_keys (name, key) VALUES ('webhook_secrets', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32).toString('base64')]);
  const { rows } = await db.query<{ key: string }>(`SELECT key FROM server_keys WHERE name = 'webhook_secrets'`);
  return createSecretBox(Buffer.from(rows[0]!.key, 'base64'));
}
