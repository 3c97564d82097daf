import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration, parseDurationList, parseRate } from './config';
import { DEFAULT_PUBLIC_URL, publicBaseUrl } from './http/public-url';

describe('config', () => {
  it('parses durations with units', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('1.5d')).toBe(129_600_000);
    expect(() => parseDuration('5')).toThrow(/invalid duration "5"/);
    expect(() => parseDuration('soon')).toThrow(RangeError);
    expect(parseDurationList('5m, 30m,2h,12h')).toEqual([300_000, 1_800_000, 7_200_000, 43_200_000]);
  });

  it('parses rates', () => {
    expect(parseRate('100/s')).toBe(100);
    expect(parseRate('600/m')).toBe(10);
    expect(() => parseRate('100')).toThrow(/expected e.g. 100\/s/);
    expect(() => parseRate('0/s')).toThrow(/positive/);
  });

  it('has the SPEC defaults and reads the environment', () => {
    const defaults = loadConfig({});
    expect(defaults.webhookRetrySchedule).toEqual([300_000, 1_800_000, 7_200_000, 43_200_000]);
    expect(defaults.webhookTimeoutMs).toBe(10_000);
    expect(defaults.webhookAllowPrivate).toBe(false);
    expect(defaults.apiRateLimitPerSecond).toBe(100);
    expect(defaults.secretRotationGraceMs).toBe(86_400_000);
    expect(defaults.databaseUrl).toBeUndefined();
    expect(defaults.trustProxy).toBe(false);
    expect(loadConfig({ POS_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    const custom = loadConfig({ POS_WEBHOOK_RETRY_SCHEDULE: '1s,2s', POS_WEBHOOK_ALLOW_PRIVATE: '1', DATABASE_URL: 'postgres://x/y' });
    expect(custom.webhookRetrySchedule).toEqual([1000, 2000]);
    expect(custom.webhookAllowPrivate).toBe(true);
    expect(custom.databaseUrl).toBe('postgres://x/y');
  });

  it('reads POS_PUBLIC_URL as an absolute http(s) base without a trailing slash, and refuses anything else', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ POS_PUBLIC_URL: 'https://pos.example.com/' }).publicUrl).toBe('https://pos.example.com');
    expect(loadConfig({ POS_PUBLIC_URL: 'https://example.com/pos//' }).publicUrl).toBe('https://example.com/pos');
    expect(() => loadConfig({ POS_PUBLIC_URL: 'pos.example.com' })).toThrow(/absolute URL/);
    expect(() => loadConfig({ POS_PUBLIC_URL: 'ftp://pos.example.com' })).toThrow(/http or https/);
    expect(() => loadConfig({ POS_PUBLIC_URL: 'https://pos.example.com/?a=1' })).toThrow(/no query/);
  });

  it('falls back to the listening address, then to the default one, for the public base URL', () => {
    expect(publicBaseUrl('https://pos.example.com', { host: '0.0.0.0', port: 80 })).toBe('https://pos.example.com');
    expect(publicBaseUrl(undefined, { host: '0.0.0.0', port: 8181 })).toBe('http://127.0.0.1:8181');
    expect(publicBaseUrl(undefined, { host: '::', port: 8181 })).toBe('http://127.0.0.1:8181');
    expect(publicBaseUrl(undefined, { host: '::1', port: 9 })).toBe('http://[::1]:9');
    expect(publicBaseUrl(undefined, { host: 'pos.lan', port: 8080 })).toBe('http://pos.lan:8080');
    expect(publicBaseUrl(undefined, null)).toBe(DEFAULT_PUBLIC_URL);
  });
});
