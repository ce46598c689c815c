import { cleanup, fireEvent, screen } from '@testing-library/preact';
import type { NudgeView } from '../../../../src/messages';
import { LOCALES, getMessageIn, useBrowserLanguage } from '../../../support/fake-browser';
import { lookAlikes } from '../../../support/look-alikes';
import { asking, background, forMaya, freshCardEachTime, noPeopleYet, offline, renderCard } from './harness';

freshCardEachTime();

/**
 * The words a person reads on each control in view: its text, or, for a control that shows
 * a sign (⋯, ×) or a number, its name. The scale's numbers are one question's answers: in
 * words, only their question.
 */
function controlWords(): string[] {
  return [...document.querySelectorAll<HTMLElement>('button, a[href]')]
    .filter((control) => !control.closest('[hidden]'))
    .map((control) =>
      /\p{L}/u.test(control.textContent ?? '')
        ? (control.textContent ?? '')
        : /\d/.test(control.textContent ?? '')
          ? ''
          : (control.getAttribute('aria-label') ?? ''),
    )
    .filter((words) => words !== '');
}

/** A note that answers a friend's news, to someone with an address and a phone: every kind of control writing has. */
const withEverything: NudgeView = {
  ...forMaya,
  suggestion: { ...forMaya.suggestion, templateId: 'fu_how_went', draft: 'Hi Maya,\nhow was the first week?', phone: '+49 170 1234567' },
};

/** Each view of the card, reached as a person would, in the language the browser speaks. */
const VIEWS: Record<string, { view: NudgeView; reach(say: (key: string) => string): Promise<void> }> = {
  'today’s energy': { view: asking, reach: async (say) => void (await screen.findByRole('button', { name: say('energyOkay') })) },
  'a Low day heard': {
    view: asking,
    reach: async (say) => {
      fireEvent.click(await screen.findByRole('button', { name: say('energyLow') }));
      await screen.findByRole('button', { name: say('lowDayRest') });
      fireEvent.click(screen.getByRole('button', { name: say('cardMenu') }));
    },
  },
  'an idea, with its menu open': { view: forMaya, reach: (say) => openMenu(say, 'writeIt') },
  'an idea while nobody is in the list, with its menu open': { view: noPeopleYet, reach: (say) => openMenu(say, 'writeIt') },
  'an idea away from the screen, with its menu open': { view: offline, reach: (say) => openMenu(say, 'iDidIt') },
  'the note, its kind reply open': {
    view: withEverything,
    reach: async (say) => {
      fireEvent.click(await screen.findByRole('button', { name: say('writeIt') }));
      fireEvent.click(await screen.findByRole('button', { name: say('empathyHelp') }));
      fireEvent.click(screen.getByRole('button', { name: say('cardMenu') }));
    },
  },
  'how it felt': {
    view: { ...withEverything, status: 'writing', expectedAwkward: 3 },
    reach: async (say) => {
      fireEvent.click(await screen.findByRole('button', { name: say('iSentIt') }));
      await screen.findByRole('button', { name: say('feelingHeavier') });
    },
  },
  'Heavier heard': {
    view: { ...withEverything, status: 'writing' },
    reach: async (say) => {
      fireEvent.click(await screen.findByRole('button', { name: say('iSentIt') }));
      fireEvent.click(await screen.findByRole('button', { name: say('feelingHeavier') }));
      fireEvent.click(screen.getByRole('button', { name: say('done') }));
      await screen.findByRole('button', { name: say('needMoreSupport') });
    },
  },
};

async function openMenu(say: (key: string) => string, first: string): Promise<void> {
  await screen.findByRole('button', { name: say(first) });
  fireEvent.click(screen.getByRole('button', { name: say('cardMenu') }));
}

describe('telling the card’s controls apart', () => {
  it('finds the pairs people took for each other, in English and German', () => {
    expect(lookAlikes(['Low', 'Okay', 'Good', 'Not today', 'Write it', 'Not now', 'Low energy today'], 'en')).toEqual([
      ['Low', 'Low energy today'],
      ['Not today', 'Not now'],
      ['Not today', 'Low energy today'],
    ]);
    expect(lookAlikes(['Wenig', 'Es geht', 'Viel', 'Heute nicht', 'Schreiben', 'Jetzt nicht', 'Heute wenig Kraft'], 'de')).toEqual([
      ['Wenig', 'Heute wenig Kraft'],
      ['Heute nicht', 'Jetzt nicht'],
      ['Heute nicht', 'Heute wenig Kraft'],
    ]);
  });

  it('tells apart words that only look a little alike, and leaves out the small words', () => {
    expect(lookAlikes(['Write it', 'I did it', 'Why this?', 'Not on this site', 'Rest today', 'Resting'], 'en')).toEqual([['Rest today', 'Resting']]);
    expect(lookAlikes(['Schreiben', 'In die linke Ecke schieben', 'Schließen'], 'de')).toEqual([]);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    let speakEnglishAgain: () => void;
    beforeEach(() => {
      speakEnglishAgain = useBrowserLanguage(locale);
    });
    afterEach(() => speakEnglishAgain());

    it.each(Object.keys(VIEWS))('has no two look-alike controls in %s', async (name) => {
      const { view, reach } = VIEWS[name] ?? { view: forMaya, reach: async () => undefined };
      background(undefined, view);
      renderCard();
      await reach((key) => getMessageIn(locale, key));
      const words = controlWords();
      expect(words.length).toBeGreaterThan(1);
      expect(lookAlikes(words, locale), words.join(' | ')).toEqual([]);
      cleanup();
    });
  });
});
