// The en and de catalogs are the same set of messages: same keys, same placeholders, plural forms
// where English counts, and every key owned by exactly one area file.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../core/i18n/translate';
import * as dialogs from './catalog/dialogs';
import * as errors from './catalog/errors';
import * as frame from './catalog/frame';
import * as history from './catalog/history';
import * as reports from './catalog/reports';
import * as sell from './catalog/sell';
import * as settings from './catalog/settings';
import * as signIn from './catalog/sign-in';
import * as tender from './catalog/tender';
import * as testMode from './catalog/test-mode';
import * as tips from './catalog/tips';
import * as customers from './catalog/customers';
// till-i18n (issue 10): device test results and the cloud's rejection reasons, by code
import * as hardwareTest from './catalog/hardware-test';
import * as syncRejections from './catalog/sync-rejections';
import { de, en } from './messages';

const areas = { dialogs, errors, frame, history, reports, sell, settings, signIn, tender, testMode, tips, customers, hardwareTest, syncRejections };
const placeholders = (m: Message) => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
const forms = (m: Message) => (typeof m === 'string' ? 'text' : 'plural');

describe('till message catalog', () => {
  it('German has exactly the English keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every German text keeps the English placeholders (no more, no fewer)', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('a counted English text is counted in German too, with {count} in each form', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(forms(de[key]), key).toBe(forms(en[key]));
      for (const m of [en[key], de[key]] as Message[]) {
        if (typeof m === 'string') continue;
        expect(m.other, key).toBeTruthy();
        for (const text of Object.values(m)) expect(text, key).toContain('{count}');
      }
    }
  });

  it('no text is empty and no key belongs to two areas (a later area would silently win)', () => {
    const owner = new Map<string, string>();
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area.en)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
      expect(Object.keys(area.de).sort(), name).toEqual(Object.keys(area.en).sort());
    }
    expect(owner.size).toBe(Object.keys(en).length);
    for (const m of [...Object.values(en), ...Object.values(de)] as Message[]) {
      for (const text of typeof m === 'string' ? [m] : Object.values(m)) expect(text.trim()).not.toBe('');
    }
  });
});
