import type { DetailKind } from '../../src/core/people';
import type { Translate } from '../../src/core/render';
import { getMessageIn } from './fake-browser';
import { esFacts } from './languages/es';
import { frFacts } from './languages/fr';
import { ptBRFacts } from './languages/pt_BR';
import { SHAME_TABLES, shamingWords } from './shame';

/**
 * What the tests hold each language's words to, language by language: the promises in
 * docs (no shame, a hard time met only by gentle words) are the same everywhere, but the
 * words that would break them are not. A new locale adds its entry here, and every test of
 * the words then runs for it too.
 */
export interface LanguageFacts {
  /** The marks around the user's own words when they are quoted ("“” in English, „“ in German). */
  readonly quotes: readonly [open: string, close: string];
  /**
   * Whether a card line quotes a detail as written (German, which cannot turn "deine" round
   * without knowing the friend's gender) or speaks of the friend in it ("their new job").
   */
  readonly cardDetail: 'quoted' | 'turned-round';
  /** A detail of each kind, written as a person would in this language. */
  readonly sample: Readonly<Record<DetailKind, string>>;
  /** A long detail, to check the length limit. */
  readonly longDetail: string;
  /** Words that shame: a score, blame, a reproachful "again", a gap (every net of tests/support/shame.ts). */
  readonly shaming: readonly RegExp[];
  /**
   * Nothing cheerful, no "how is it going", no invitation to meet or to talk it over,
   * nothing light: words a hard time must never meet.
   */
  readonly notForAHardTime: readonly RegExp[];
  /** The words that free a friend from answering: every note for a hard time carries them. */
  readonly noNeedToReply: RegExp;
  /**
   * Work hidden in an idea: something to find, choose or attach first ("something you
   * saw", "send this song"). A low day's ideas are complete as written, so none says this.
   */
  readonly findsSomething: readonly RegExp[];
  /** Words that speak of what is in view on a site (a post, a feed, an email): such ideas are offered only there. */
  readonly speaksOfThePage: readonly RegExp[];
  /** Addressing the person formally, where the product speaks to them as a friend does. */
  readonly formal: readonly RegExp[];
  /**
   * The few messages this language rightly writes exactly as English does (the name, a
   * brand, a word both languages use): every other message must be in its own words.
   */
  readonly sameAsEnglish: readonly string[];
}

export const LANGUAGE_FACTS: Readonly<Record<string, LanguageFacts>> = {
  en: {
    quotes: ['“', '”'],
    cardDetail: 'turned-round',
    sample: {
      'good-news': 'your new job',
      'hard-time': "your dad's funeral",
      interest: 'the cello',
      'coming-up': 'your exams',
      'shared-memory': 'our trip to the coast',
      other: 'the hiking trip',
    },
    longDetail: 'learning the cello with your grandmother on Sunday mornings',
    shaming: shamingWords(SHAME_TABLES.en),
    notForAHardTime: [
      /congratulat/i,
      /well done/i,
      /happy for you/i,
      /proud/i,
      /celebrat/i,
      /excit/i,
      /lovely/i,
      /\bgreat\b/i,
      /amazing/i,
      /\bfun\b/i,
      /laugh/i,
      /\bjok(e|ing)/i,
      /funny/i,
      /smil/i,
      /cheer/i,
      /\bhow\b[^.?]*\b(going|go|went)\b/i,
      /how are things/i,
      /what['’]s new/i,
      /the latest/i,
      /invit/i,
      /coffee/i,
      /\btea\b/i,
      /lunch|dinner|\bmeal\b/i,
      /\bcall\b/i,
      /\bwalk/i,
      /\bmeet\b|get together|catch up/i,
      /!/,
      /tell me (all|more)/i,
      /love to hear/i,
      /\btalk\b/i,
      /best part|good thing/i,
      /weekend plans|planned for the weekend/i,
      // Toxic positivity: a hard time looked away from.
      /at least/i,
      /bright side|silver lining|look on/i,
      /\bpositiv/i,
      /everything happens|happens for a reason|meant to be/i,
      /wonderful|fantastic|brilliant/i,
      /\benjoy/i,
      /stay strong|be strong|chin up/i,
      /could be worse|better place|move on|get over|time heals/i,
      // Pressure: an answer asked for.
      /write back|reply soon|get back to me/i,
      /tell me everything/i,
      /holding up/i,
      /how are you/i,
      /let me know/i,
      /keep me posted/i,
      /call me/i,
    ],
    noNeedToReply: /no need to reply/i,
    findsSomething: [
      /\bsomething (you|that) (saw|see|found|spotted)\b/i,
      /\bsaw this\b|\bseen something\b/i,
      /\b(this|a) (song|photo|picture|video|link|article)\b/i,
      /\bsend (it|this|something)\b|\bsend \w+ (something|a song|a photo)\b/i,
      /\bthis (made|reminded) me\b/i,
      /\bfind\b|\blook (for|up)\b|\bsearch/i,
    ],
    speaksOfThePage: [/\b(saw|seen|see|found|read) here\b/i, /\bpost\b/i, /\bfeed\b/i, /\b(one|this) email\b/i, /\bcomment\b/i],
    formal: [],
    sameAsEnglish: [],
  },
  de: {
    quotes: ['„', '“'],
    cardDetail: 'quoted',
    sample: {
      'good-news': 'deine neue Stelle',
      'hard-time': 'die Beerdigung deines Vaters',
      interest: 'das Cello',
      'coming-up': 'deine Prüfungen',
      'shared-memory': 'unsere Reise an die Küste',
      other: 'den Wanderausflug',
    },
    longDetail: 'das Cellospielen, das du sonntagmorgens bei deiner Großmutter lernst',
    shaming: shamingWords(SHAME_TABLES.de),
    notForAHardTime: [
      /gratul/i,
      /glückwunsch/i,
      /gut gemacht/i,
      /\bfreu(e|en|st|t)\b|mitfreu|vorfreude/i,
      /stolz/i,
      /feier/i,
      /aufgeregt|spannend/i,
      /schön/i,
      /\btoll/i,
      /großartig|\bsuper\b|wunderbar|fantastisch|klasse/i,
      /spaß/i,
      /\b(ge)?l[aä]ch/i,
      /witz/i,
      /lustig/i,
      /heiter|aufmunter/i,
      /\bwie\b[^.?]*\b(läuft|lief|gelaufen|war es|steht)\b/i,
      /was gibt es neues|\bneues\b|neuigkeit/i,
      /einlad/i,
      /kaffee/i,
      /\btee\b/i,
      /\bessen\b|mittag|abendessen/i,
      /telefon|anruf|\bruf\b/i,
      /spazier/i,
      /treffen|sehen wir uns/i,
      /!/,
      /erzähl (mir )?(mehr|alles|gern)|mehr davon|erzählst du/i,
      /gern hören|würde [^.?]*hören/i,
      /\breden\b|sprechen|quatsch|plauder/i,
      /das beste|\bgutes\b|gute sache/i,
      /wochenende/i,
      // Toxic positivity: a hard time looked away from.
      /wenigstens|zumindest|immerhin/i,
      /positiv/i,
      /\bsieh es\b|gute seite/i,
      /alles hat (einen|seinen) (grund|sinn)|sollte so sein/i,
      /wird schon|kopf hoch|bleib stark|stark bleiben/i,
      /genie(ß|ss)/i,
      /zeit heilt|das leben geht weiter|darüber hinweg/i,
      // Pressure: an answer asked for.
      /melde dich|meld dich/i,
      /erzähl (mir )?alles/i,
      /schreib (mir )?(bald|zurück)|antworte (mir )?bald/i,
      /lass (es )?mich wissen|gib (mir )?bescheid/i,
      /wie geht es dir|wie geht’s|wie hältst du/i,
      /halt mich auf dem laufenden/i,
    ],
    noNeedToReply: /(du musst|musst du)( auch)? nicht antworten/i,
    findsSomething: [
      /\betwas\b[^.?]*\b(gesehen|entdeckt|gefunden)\b/i,
      /\bhabe das gesehen\b|\bdas hat mich\b/i,
      /\b(ein|einen|diesem|dieses) (lied|song|foto|bild|video|link|artikel)\b/i,
      /\bschick\w* (es|das|etwas|was)\b/i,
      /\b(such|find)\w* (etwas|was)\b/i,
    ],
    speaksOfThePage: [/\bhier\b/i, /beitrag/i, /\bfeed\b/i, /\be-mail\b/i, /kommentar/i],
    // "Sie" opening a sentence is "she" or "it"; anywhere else it would address the person formally.
    formal: [/\bIhnen\b/, /\bIhre[mnrs]?\b/, /(?<!(^|[.?!:]\s|„|\n))\bSie\b/],
    sameAsEnglish: [
      // The name, and where the toolbar shows it.
      'extName',
      'extShortName',
      'actionTitle',
      // Only what is filled in: "Gmail, 14:30".
      'historyWhereWhen',
      // Words German uses as English does.
      'ritualFormLabel',
      'personName',
      'personMemoryLabel',
      'personChannelWhatsapp',
      'sendByWhatsapp',
      'sitesFeeds',
      'sitesChats',
      'siteKindChat',
    ],
  },
  es: { ...esFacts, shaming: shamingWords(SHAME_TABLES.es) },
  fr: { ...frFacts, shaming: shamingWords(SHAME_TABLES.fr) },
  pt_BR: { ...ptBRFacts, shaming: shamingWords(SHAME_TABLES.pt_BR) },
};

/** Chromium's way of filling in the words of `locale`, as the extension pages see it. */
export function translateIn(locale: string): Translate {
  return (key, substitutions) => getMessageIn(locale, key, substitutions ? [...substitutions] : undefined);
}

/** The facts of a locale; a locale without them fails here, by name. */
export function factsOf(locale: string): LanguageFacts {
  const facts = LANGUAGE_FACTS[locale];
  if (!facts) throw new Error(`tests/support/words.ts has no facts for the locale ${locale}: add them, so its words are tested.`);
  return facts;
}
