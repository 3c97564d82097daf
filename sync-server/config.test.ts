import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration, parseDurationList, parseRate } from './config';

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
});
