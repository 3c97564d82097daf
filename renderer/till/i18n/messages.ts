// The till's one message catalog, assembled from one file per screen area (./catalog/*.ts), so that
// engineers working on different screens edit different files. English is the reference: each area's
// German must have every English key (a type error otherwise); placeholders are {name}, counted texts
// have plural forms (Intl.PluralRules). New keys go into the area file of the screen that shows them.
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
// customers (issue 13): the customer search on the sell screen
import * as customers from './catalog/customers';
// till-i18n (issue 10): device test results and the cloud's rejection reasons, by code
import * as hardwareTest from './catalog/hardware-test';
import * as syncRejections from './catalog/sync-rejections';

export const en = {
  ...frame.en,
  ...signIn.en,
  ...sell.en,
  ...dialogs.en,
  ...tender.en,
  ...history.en,
  ...reports.en,
  ...settings.en,
  ...tips.en,
  ...errors.en,
  ...testMode.en,
  ...customers.en,
  ...hardwareTest.en,
  ...syncRejections.en,
} satisfies Record<string, Message>;

export type TillMessageKey = keyof typeof en;

export const de: Record<TillMessageKey, Message> = {
  ...frame.de,
  ...signIn.de,
  ...sell.de,
  ...dialogs.de,
  ...tender.de,
  ...history.de,
  ...reports.de,
  ...settings.de,
  ...tips.de,
  ...errors.de,
  ...testMode.de,
  ...customers.de,
  ...hardwareTest.de,
  ...syncRejections.de,
};
