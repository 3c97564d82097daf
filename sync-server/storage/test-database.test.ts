// Which engines the storage tests run on, and that CI never drops PostgreSQL silently.
import { describe, expect, it } from 'vitest';
import { testEngines } from './test-database';

describe('testEngines', () => {
  it('runs on PGlite alone on a machine without PostgreSQL', () => {
    expect(testEngines({})).toEqual(['pglite']);
  });

  it('adds PostgreSQL when POS_TEST_DATABASE_URL is set', () => {
    expect(testEngines({ POS_TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', CI: 'true' })).toEqual(['pglite', 'postgres']);
  });

  it('fails under CI when PostgreSQL is expected but no URL is set', () => {
    expect(() => testEngines({ CI: 'true' })).toThrow(/CI expects PostgreSQL/);
    expect(() => testEngines({ CI: '1' })).toThrow(/POS_TEST_DATABASE_URL is not set/);
  });
});
