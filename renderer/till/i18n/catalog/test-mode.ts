// Till texts of test mode (issue 13): the TEST MODE badge of a till paired with a test-mode code, in English and German.
import type { Message } from '../../../../core/i18n/translate';

export const en = {
  'testMode.badge': 'TEST MODE',
  'testMode.hint': 'Paired in test mode: sales on this till are test data and never count in live reports.',
} satisfies Record<string, Message>;

export const de: Record<keyof typeof en, Message> = {
  'testMode.badge': 'TESTMODUS',
  'testMode.hint': 'Im Testmodus gekoppelt: Verkäufe auf dieser Kasse sind Testdaten und zählen nie in echten Berichten.',
};
