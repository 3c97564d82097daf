// Service configuration from flags and environment variables (docs/configuration.md lists them).
import { parsePublicUrl } from './http/public-url';

export interface ServerConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  /** Delays after the first delivery attempt, in ms. */
  webhookRetrySchedule: number[];
  webhookTimeoutMs: number;
  webhookAllowPrivate: boolean;
  webhookConcurrencyPerEndpoint: number;
  /** Requests per second per API key; the burst is twice this. */
  apiRateLimitPerSecond: number;
  secretRotationGraceMs: number;
  /** Cap on a Retry-After a receiver asks for. */
  retryAfterCapMs: number;
  /** Endpoints whose deliveries keep failing this long are disabled. */
  webhookDisableAfterMs: number;
  redisUrl?: string | undefined;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy (client address for limits, https for cookies). */
  trustProxy: boolean;
  /** Where integrators reach the service (thin webhook payloads link under it); unset = the listening address. */
  publicUrl?: string | undefined;
  /** SMTP server for owner notices (smtp://user:pass@host:port or smtps://…); unset = the mail is logged. */
  smtpUrl?: string | undefined;
  /** From address of those mails. */
  mailFrom: string;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `500ms`, `5s`, `30m`, `2h`, `1d` into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(text);
  if (!match) throw new RangeError(`invalid duration "${text}" (expected a number with a unit: ms, s, m, h, d)`);
  return Math.round(Number(match[1]) * UNIT_MS[match[2]!]!);
}

export function parseDurationList(text: string): number[] {
  const items = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return items.map(parseDuration);
}

/** Parses `100/s`, `6000/m` into requests per second. */
export function parseRate(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(s|m|h)\s*$/.exec(text);
  if (!match) throw new RangeError(`invalid rate "${text}" (expected e.g. 100/s)`);
  const perSecond = Number(match[1]) / ({ s: 1, m: 60, h: 3600 } as Record<string, number>)[match[2]!]!;
  if (!(perSecond > 0)) throw new RangeError(`rate must be positive: "${text}"`);
  return perSecond;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.POS_DATA_DIR || './data',
    host: env.HOST || '127.0.0.1',
    port: env.PORT ? Number(env.PORT) : 8080,
    webhookRetrySchedule: parseDurationList(env.POS_WEBHOOK_RETRY_SCHEDULE || '5m,30m,2h,12h'),
    webhookTimeoutMs: env.POS_WEBHOOK_TIMEOUT_MS ? Number(env.POS_WEBHOOK_TIMEOUT_MS) : 10_000,
    webhookAllowPrivate: env.POS_WEBHOOK_ALLOW_PRIVATE === '1',
    webhookConcurrencyPerEndpoint: env.POS_WEBHOOK_CONCURRENCY ? Number(env.POS_WEBHOOK_CONCURRENCY) : 4,
    apiRateLimitPerSecond: parseRate(env.POS_API_RATE_LIMIT || '100/s'),
    secretRotationGraceMs: parseDuration(env.POS_SECRET_ROTATION_GRACE || '24h'),
    retryAfterCapMs: parseDuration(env.POS_WEBHOOK_RETRY_AFTER_CAP || '12h'),
    webhookDisableAfterMs: parseDuration(env.POS_WEBHOOK_DISABLE_AFTER || '3d'),
    redisUrl: env.REDIS_URL || undefined,
    trustProxy: env.POS_TRUST_PROXY === '1',
    publicUrl: env.POS_PUBLIC_URL ? parsePublicUrl(env.POS_PUBLIC_URL) : undefined,
    smtpUrl: env.POS_SMTP_URL || undefined,
    mailFrom: env.POS_MAIL_FROM || 'Anywhere POS <no-reply@anywhere-pos.invalid>',
    ...overrides,
  };
}
