import { COUNTRY_LINES, defaultCountry, HELPLINE_DIRECTORY, linesOf, ownLine } from '../../../src/core/crisis-lines';

describe('crisis lines', () => {
  it('follow the region of the browser’s language first', () => {
    expect(defaultCountry(['de-AT', 'de'])).toBe('AT');
    expect(defaultCountry(['en-GB'])).toBe('GB');
    expect(defaultCountry(['en', 'en-IE'])).toBe('IE');
    expect(defaultCountry(['fr-CA', 'fr'])).toBe('CA');
  });

  it('fall back to the country of a language spoken mostly in one', () => {
    expect(defaultCountry(['de'])).toBe('DE');
    expect(defaultCountry(['nl'])).toBe('NL');
    expect(defaultCountry(['pt-BR', 'de'])).toBe('DE');
  });

  it('guess nothing for a plain English, an unlisted region or a broken tag', () => {
    expect(defaultCountry(['en'])).toBeUndefined();
    expect(defaultCountry(['pt-BR'])).toBeUndefined();
    expect(defaultCountry(['not a tag', ''])).toBeUndefined();
    expect(defaultCountry([])).toBeUndefined();
  });

  it('give every listed country an emergency number and at least one line with a way to reach it', () => {
    expect(new Set(COUNTRY_LINES.map((entry) => entry.country)).size).toBe(COUNTRY_LINES.length);
    for (const entry of COUNTRY_LINES) {
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.emergency).toMatch(/^\d{3}$/);
      expect(entry.lines.length).toBeGreaterThan(0);
      for (const line of entry.lines) {
        expect(line.name.trim()).not.toBe('');
        expect(line.reach.length).toBeGreaterThan(0);
        for (const reach of line.reach) expect(reach.number).toMatch(/^[0-9 ]+$/);
      }
    }
    expect(linesOf('US')?.lines[0]?.reach).toEqual([{ kind: 'call-or-text', number: '988' }]);
  });

  it('point everyone else to a directory, over https', () => {
    expect(HELPLINE_DIRECTORY.url).toMatch(/^https:\/\//);
  });

  it('keep a line of the person’s own only with a name and a way to reach it', () => {
    expect(ownLine({ name: '  Dr. Lee ', reach: ' 0170 1234567 ' })).toEqual({ name: 'Dr. Lee', reach: '0170 1234567' });
    expect(ownLine({ name: 'Dr. Lee', reach: '  ' })).toBeUndefined();
    expect(ownLine({ name: '', reach: '0170 1234567' })).toBeUndefined();
  });
});
