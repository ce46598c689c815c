import { t, uiLanguage } from '../../../src/i18n';
import { formatCount, formatNumber } from '../../../src/ui/format-number';
import { birthdayForField, formatClock, formatDate, formatDateTime, pausedUntilText } from '../../../src/ui/format-time';
import { setPageLanguage } from '../../../src/ui/page-language';
import { useBrowserLanguage } from '../../support/fake-browser';

/** Local time (the unit tests run in Europe/Berlin); months count from 1 here. */
const at = (year: number, month: number, day: number, hours: number, minutes = 0) => new Date(year, month - 1, day, hours, minutes).getTime();
const NOW = at(2026, 12, 1, 10);

describe('dates, times and numbers in the language of the words', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('writes German dates, times and counts when the browser speaks German', () => {
    restore = useBrowserLanguage('de');
    expect(formatClock(at(2026, 12, 1, 14, 30))).toBe('14:30');
    expect(formatDate(at(2026, 11, 25, 9))).toBe('25. Nov.');
    expect(formatDateTime(at(2026, 12, 3, 9, 15))).toBe('03.12.2026, 09:15');
    expect(formatNumber(1234)).toBe('1.234');
  });

  it('puts counts in the singular or plural by each language’s rules', () => {
    const people = { one: 'countPeopleOne', other: 'countPeopleOther' } as const;
    const history = { one: 'countHistoryOne', other: 'countHistoryOther' } as const;
    expect(t('importReplaced', [formatCount(1, people), formatCount(1, history)])).toBe('Imported: 1 person and 1 history entry.');
    expect(t('importMerged', [formatCount(0, people), formatCount(1234, history)])).toBe('Added 0 people and 1,234 history entries.');
    restore = useBrowserLanguage('de');
    expect(t('importReplaced', [formatCount(1, people), formatCount(2, history)])).toBe('Importiert: 1 Mensch und 2 Einträge im Verlauf.');
  });

  it('says when a pause ends in German: today, tomorrow, or on a later day', () => {
    restore = useBrowserLanguage('de');
    expect(pausedUntilText(at(2026, 12, 1, 14, 30), NOW)).toBe('Pause bis 14:30 Uhr.');
    expect(pausedUntilText(at(2026, 12, 2, 4), NOW)).toBe('Pause bis morgen, 04:00 Uhr.');
    expect(pausedUntilText(at(2026, 12, 4, 4), NOW)).toBe('Pause bis Freitag, 4. Dezember 2026 um 04:00.');
  });

  it('keeps the browser’s region when the words are in its language', () => {
    restore = useBrowserLanguage('de-AT');
    expect(uiLanguage()).toBe('de-AT');
    expect(formatDate(at(2027, 1, 5, 9))).toBe('5. Jän.');
    restore();
    restore = useBrowserLanguage('en-US');
    expect(formatClock(at(2026, 12, 1, 14, 30))).toBe('2:30 PM');
    expect(pausedUntilText(at(2026, 12, 1, 14, 30), NOW)).toBe('Paused until 2:30 PM.');
    restore();
    restore = useBrowserLanguage('en-GB');
    expect(formatClock(at(2026, 12, 1, 14, 30))).toBe('14:30');
    expect(formatDate(at(2026, 11, 25, 9))).toBe('25 Nov');
  });

  it('shows a birthday in its field as the language types dates: with dots in German, as stored elsewhere', () => {
    expect(birthdayForField('1990-03-12')).toBe('1990-03-12');
    expect(birthdayForField('--03-12')).toBe('03-12');
    expect(birthdayForField(undefined)).toBe('');
    restore = useBrowserLanguage('de');
    expect(birthdayForField('1990-03-12')).toBe('12.03.1990');
    expect(birthdayForField('--03-12')).toBe('12.03.');
    restore();
    restore = useBrowserLanguage('en-GB');
    expect(birthdayForField('1990-03-12')).toBe('1990-03-12');
  });

  it('writes dates in the language of the words when Small Hellos does not speak the browser’s language', () => {
    restore = useBrowserLanguage('it-IT');
    expect(t('cardHeading')).toBe('A small hello');
    expect(uiLanguage()).toBe('en');
    expect(pausedUntilText(at(2026, 12, 4, 4), NOW)).toBe('Paused until Friday, December 4, 2026 at 4:00 AM.');
    expect(formatNumber(1234)).toBe('1,234');
  });
});

describe('the language of the page', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('names the page in the language its words come from, German included', () => {
    setPageLanguage();
    expect(document.documentElement.lang).toBe('en');
    const restore = useBrowserLanguage('de-DE');
    try {
      setPageLanguage();
      expect(document.documentElement.lang).toBe('de');
      expect(document.title).toBe('Small Hellos');
    } finally {
      restore();
    }
  });
});
