import { esShame } from './languages/es';
import { frShame } from './languages/fr';
import { ptBRShame } from './languages/pt_BR';

/**
 * The words that would shame, in each language, as nets by what they do. A list of words
 * catches only what it lists, so each net holds the phrasings, not only the words: "skipped
 * again", "still haven't", "Schon wieder ausgelassen". Everyday words that also say kind
 * things ("again", "still", "noch", "wieder") are caught only in the turns that blame.
 *
 * A new language (es, fr, pt_BR …) adds one table: every net, and sentences each must
 * catch and kind ones it must let through. TypeScript asks for every net.
 */
export interface ShameNets {
  /** Keeping score: a streak, days in a row, a failure. */
  readonly score: readonly RegExp[];
  /** Naming what the person did not do: missed, skipped, forgot, ignored, haven't, should have. */
  readonly blame: readonly RegExp[];
  /** "Again", "still", "yet" in the turns that reproach: skipped again, still not, not yet written. */
  readonly again: readonly RegExp[];
  /** Pointing at a gap: behind, overdue, too long, been a while. */
  readonly gaps: readonly RegExp[];
}

export interface ShameTable {
  readonly nets: ShameNets;
  /** Sentences that shame, one or more for each net: each must be caught by it. */
  readonly caught: Readonly<Record<keyof ShameNets, readonly string[]>>;
  /** Kind sentences using the same everyday words: none may be caught. */
  readonly kind: readonly string[];
}

const en: ShameTable = {
  nets: {
    score: [/streak/i, /\bin a row\b/i, /\bfail(ed|s|ure)?\b/i, /\bscore\b/i],
    blame: [
      /\bmiss(ed|ing out)\b/i,
      /\bskipped\b/i,
      /\bforgot(ten)?\b/i,
      /\bignor(ed|ing)\b/i,
      /\bneglect/i,
      /\blapsed?\b/i,
      /\bhaven['’]?t\b|\bhave not\b|\bhasn['’]?t\b/i,
      /\bdidn['’]?t (write|reply|answer|send|reach|call|say)/i,
      /should have|should['’]ve/i,
    ],
    again: [
      /\byet again\b/i,
      /\bagain and again\b/i,
      /\b(skipped|missed|ignored|forgot|forgotten|dismissed|put off|passed on|let go)\b[^.?!]*\bagain\b/i,
      /\bagain\b[^.?!]*\b(skipped|missed|ignored|forgot|forgotten|dismissed)\b/i,
      /\bstill (not|no\b|nothing|haven|hasn|didn|waiting|unanswered|undone|pending)/i,
      /\b(not|haven['’]?t|hasn['’]?t|didn['’]?t|have not|has not|did not)\b[^.?!]*\byet\b/i,
    ],
    gaps: [/overdue/i, /\bbehind\b/i, /too long/i, /been a while|long time no|in ages\b/i, /\blate\b[^.?!]*\b(reply|note|hello)/i],
  },
  caught: {
    score: ['Your streak: 4 days', 'Three days in a row!', 'You failed to say hello'],
    blame: ["You haven't written to Maya", 'You missed a ritual', 'Skipped.', 'You forgot Dad', 'You ignored the card', 'You should have written'],
    again: ['Skipped again.', 'Dismissed again today', 'Yet again, no note', 'Still not written?', 'You have not written to Maya yet'],
    gaps: ['You are behind this week', 'Maya is overdue', 'It has been too long', "It's been a while"],
  },
  kind: [
    'That counts as a small hello.',
    'Please try again.',
    "I'd still like small ideas today",
    'No rituals yet. They are entirely up to you.',
    'That did nothing yet. Wait a moment, then try again.',
    'Your rhythm with Maya starts again from today.',
    'It still makes me smile.',
    'Everything saved before is still there.',
  ],
};

const de: ShameTable = {
  nets: {
    score: [/streak/i, /in folge/i, /hintereinander/i, /gescheitert|fehlgeschlagen|versagt/i, /punktestand/i],
    blame: [
      /verpasst/i,
      /versäum/i,
      /ausgelassen/i,
      /übersprungen/i,
      /vergessen|vergaßt?\b/i,
      /ignoriert/i,
      /vernachlässig/i,
      /\b(du hast|hast du)\b[^.?!]*\b(nicht|nie|kein\w*)\b/i,
      /hättest [^.?!]*(sollen|müssen)/i,
    ],
    again: [
      /schon wieder/i,
      /\bwieder (nicht|nichts|kein\w*)\b/i,
      /\b(immer noch|noch immer) (nicht|nichts|kein\w*)\b/i,
      /\b(bisher|bislang|bis jetzt) (nicht|nichts|kein\w*|nie)\b/i,
      /\b(ausgelassen|verpasst|vergessen|ignoriert|übersprungen)\b[^.?!]*\bwieder\b/i,
    ],
    gaps: [/überfällig/i, /im rückstand|hinterher/i, /zu lange/i, /lange her/i, /schon ewig/i, /seit (langem|langer zeit|ewigkeiten)/i],
  },
  caught: {
    score: ['Drei Tage in Folge', 'Fünf Hallos hintereinander', 'Das ist gescheitert'],
    blame: ['Du hast Maya nicht geschrieben', 'Ritual verpasst', 'Ausgelassen.', 'Du hast Papa vergessen', 'Das hättest du tun sollen'],
    again: ['Schon wieder ausgelassen.', 'Wieder kein Hallo heute', 'Immer noch nicht geschrieben?', 'Bisher keine Nachricht an Maya'],
    gaps: ['Maya ist überfällig', 'Du bist im Rückstand', 'Das ist zu lange her', 'Das ist schon ewig her'],
  },
  kind: [
    'Hättest du diese Woche Lust auf ein kurzes Telefonat?',
    'Bitte versuch es noch einmal.',
    'Small Hellos ist morgen wieder da.',
    'Noch keine Rituale. Das ist ganz dir überlassen.',
    'Diese E-Mail-Adresse sieht noch nicht vollständig aus.',
    'Ich muss immer noch lächeln.',
    'Wie war deine Woche bisher? Was war das Beste daran?',
    'Wollen wir uns mal wieder treffen?',
  ],
};

export const SHAME_TABLES = { en, de, es: esShame, fr: frShame, pt_BR: ptBRShame } as const satisfies Readonly<Record<string, ShameTable>>;

/** The table of a locale, if it has one. */
export function shameTableOf(locale: string): ShameTable | undefined {
  return (SHAME_TABLES as Readonly<Record<string, ShameTable | undefined>>)[locale];
}

/** Every net of a table as one list. */
export function shamingWords(table: ShameTable): readonly RegExp[] {
  return Object.values(table.nets).flat();
}
