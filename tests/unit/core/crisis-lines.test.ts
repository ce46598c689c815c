import { COUNTRY_LINES, defaultCountry, HELPLINE_DIRECTORY, linesOf, ownLine } from '../../../src/core/crisis-lines';

describe('crisis lines', () => {
  it('follow the region of the browser’s first language, or one said later for that language', () => {
    expect(defaultCountry(['de-AT', 'de'])).toBe('AT');
    expect(defaultCountry(['en-GB'])).toBe('GB');
    expect(defaultCountry(['en', 'en-IE'])).toBe('IE');
    expect(defaultCountry(['fr-CA', 'fr'])).toBe('CA');
    expect(defaultCountry(['es-MX', 'es'])).toBe('MX');
    expect(defaultCountry(['es', 'es-AR'])).toBe('AR');
    expect(defaultCountry(['pt-PT', 'pt'])).toBe('PT');
    expect(defaultCountry(['de-CH', 'de', 'en-US', 'en'])).toBe('CH');
  });

  it('fall back to the country of a language spoken mostly in one, when no region is said for it', () => {
    expect(defaultCountry(['de'])).toBe('DE');
    expect(defaultCountry(['nl'])).toBe('NL');
    expect(defaultCountry(['fr'])).toBe('FR');
    // Most who speak Portuguese live in Brazil; a browser in Portugal says pt-PT.
    expect(defaultCountry(['pt'])).toBe('BR');
    expect(defaultCountry(['pt-BR', 'de'])).toBe('BR');
    // Firefox in German asks for "de, en-US, en": American lines would not answer in Germany.
    expect(defaultCountry(['de', 'en-US', 'en'])).toBe('DE');
  });

  it('choose no country for a region not in the list, rather than another country’s lines', () => {
    // Colombia: no national line a source confirmed (Línea 106 answers in Bogotá and some departments only).
    expect(defaultCountry(['es-CO'])).toBeUndefined();
    expect(defaultCountry(['es-CO', 'es'])).toBeUndefined();
    expect(defaultCountry(['es', 'es-CO'])).toBeUndefined();
    expect(defaultCountry(['fr-SN', 'fr'])).toBeUndefined();
    expect(defaultCountry(['nl-SR', 'nl'])).toBeUndefined();
    expect(defaultCountry(['de-LU', 'de'])).toBeUndefined();
    expect(defaultCountry(['es-419', 'es'])).toBeUndefined();
    expect(defaultCountry(['pt-AO', 'pt'])).toBeUndefined();
  });

  it('guess nothing for a plain English or Spanish, another language, or a broken tag', () => {
    expect(defaultCountry(['en'])).toBeUndefined();
    expect(defaultCountry(['es'])).toBeUndefined();
    expect(defaultCountry(['it'])).toBeUndefined();
    expect(defaultCountry(['en', 'de-DE'])).toBeUndefined();
    expect(defaultCountry(['not a tag', ''])).toBeUndefined();
    expect(defaultCountry([])).toBeUndefined();
  });

  it('bundle exactly these emergency numbers and lines, digit for digit', () => {
    const call = (number: string) => ({ kind: 'call', number });
    const callOrText = (number: string) => ({ kind: 'call-or-text', number });
    const textWord = (word: string, number: string) => ({ kind: 'text-word', word, number });
    expect(COUNTRY_LINES.map(({ country, emergency, lines }) => ({ country, emergency, lines: lines.map(({ name, reach }) => ({ name, reach })) }))).toEqual([
      { country: 'AR', emergency: '911', lines: [{ name: 'Línea de Salud Mental', reach: [call('0800 999 0091')] }] },
      {
        country: 'AT',
        emergency: '112',
        lines: [
          { name: 'TelefonSeelsorge', reach: [call('142')] },
          { name: 'Rat auf Draht', reach: [call('147')] },
        ],
      },
      { country: 'AU', emergency: '000', lines: [{ name: 'Lifeline', reach: [call('13 11 14'), { kind: 'text', number: '0477 13 11 14' }] }] },
      {
        country: 'BE',
        emergency: '112',
        lines: [
          { name: 'Zelfmoordlijn', reach: [call('1813')] },
          { name: 'Centre de Prévention du Suicide', reach: [call('0800 32 123')] },
        ],
      },
      { country: 'BR', emergency: '192', lines: [{ name: 'CVV, Centro de Valorização da Vida', reach: [call('188')] }] },
      {
        country: 'CA',
        emergency: '911',
        lines: [
          { name: '9-8-8 Suicide Crisis Helpline', reach: [callOrText('988')] },
          { name: '1 866 APPELLE (Québec)', reach: [call('1 866 277 3553'), { kind: 'text', number: '535353' }] },
        ],
      },
      {
        country: 'CH',
        emergency: '112',
        lines: [
          { name: 'Die Dargebotene Hand / La Main Tendue', reach: [call('143')] },
          { name: 'Pro Juventute', reach: [call('147')] },
        ],
      },
      { country: 'CL', emergency: '131', lines: [{ name: 'Línea de Prevención del Suicidio', reach: [call('*4141')] }] },
      {
        country: 'DE',
        emergency: '112',
        lines: [
          { name: 'TelefonSeelsorge', reach: [call('0800 111 0 111'), call('0800 111 0 222'), call('116 123')] },
          { name: 'Nummer gegen Kummer', reach: [call('116 111')] },
        ],
      },
      { country: 'ES', emergency: '112', lines: [{ name: 'Línea 024', reach: [call('024')] }] },
      {
        country: 'FR',
        emergency: '112',
        lines: [
          { name: '3114', reach: [call('3114')] },
          { name: 'SOS Amitié', reach: [call('09 72 39 40 50')] },
        ],
      },
      {
        country: 'GB',
        emergency: '999',
        lines: [
          { name: 'Samaritans', reach: [call('116 123')] },
          { name: 'Shout', reach: [textWord('SHOUT', '85258')] },
        ],
      },
      {
        country: 'IE',
        emergency: '112',
        lines: [
          { name: 'Samaritans', reach: [call('116 123')] },
          { name: 'Text About It', reach: [textWord('HELLO', '50808')] },
        ],
      },
      { country: 'IN', emergency: '112', lines: [{ name: 'Tele MANAS', reach: [call('14416')] }] },
      { country: 'MX', emergency: '911', lines: [{ name: 'Línea de la Vida', reach: [call('800 911 2000')] }] },
      { country: 'NL', emergency: '112', lines: [{ name: '113 Zelfmoordpreventie', reach: [call('113'), call('0800 0113')] }] },
      { country: 'NZ', emergency: '111', lines: [{ name: '1737, Need to talk?', reach: [callOrText('1737')] }] },
      { country: 'PT', emergency: '112', lines: [{ name: 'Linha Nacional de Prevenção do Suicídio', reach: [call('1411')] }] },
      {
        country: 'US',
        emergency: '911',
        lines: [
          { name: '988 Suicide & Crisis Lifeline', reach: [callOrText('988')] },
          { name: 'Crisis Text Line', reach: [textWord('HOME', '741741')] },
        ],
      },
    ]);
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
        // Digits and spaces, and a leading star where a short code is dialled with one (Chile's *4141).
        for (const reach of line.reach) expect(reach.number).toMatch(/^\*?[0-9][0-9 ]*$/);
      }
    }
    expect(linesOf('US')?.lines[0]?.reach).toEqual([{ kind: 'call-or-text', number: '988' }]);
    expect(linesOf('XK')).toBeUndefined();
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
