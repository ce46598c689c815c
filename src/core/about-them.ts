/**
 * A detail is written as the user would say it to their friend ("your new job", "the time
 * we got lost in Leeds"), and the note says it so. The card line speaks to the user about
 * the friend, so in English the same words are turned round: "their new job", "the time
 * you both got lost in Leeds". Other languages mark a person's gender in these words
 * ("ihre"/"seine"), which the user never told; there the card quotes the detail as written.
 */
export function speakOfThem(detail: string, language: string): string {
  return language.split(/[-_]/u)[0]?.toLowerCase() === 'en' ? turnRoundInEnglish(detail) : detail;
}

/** Words the user says of themselves or to the friend, as the card says them to the user. */
const TURNED: Readonly<Record<string, string>> = {
  your: 'their',
  yours: 'theirs',
  yourself: 'themselves',
  yourselves: 'themselves',
  "you're": "they're",
  "you've": "they've",
  "you'll": "they'll",
  "you'd": "they'd",
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  me: 'you',
  "i'm": "you're",
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  us: 'you both',
  we: 'you both',
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
};

/** After these, "you" is the one something is done to or for: "them", not "they". */
const BEFORE_AN_OBJECT = new Set([
  'about',
  'after',
  'at',
  'before',
  'behind',
  'beside',
  'between',
  'by',
  'for',
  'from',
  'like',
  'near',
  'of',
  'on',
  'than',
  'to',
  'with',
  'without',
  'gave',
  'give',
  'got',
  'helped',
  'help',
  'let',
  'made',
  'make',
  'meet',
  'met',
  'miss',
  'missed',
  'saw',
  'see',
  'sent',
  'send',
  'showed',
  'show',
  'taught',
  'teach',
  'tell',
  'told',
  'took',
  'take',
  'visit',
  'visited',
  'call',
  'called',
  'ask',
  'asked',
  'bring',
  'brought',
  'thank',
  'love',
  'loved',
]);

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/gu;

function turnRoundInEnglish(detail: string): string {
  const words = [...detail.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index }));
  let result = '';
  let last = 0;
  words.forEach(({ word, start }, index) => {
    result += detail.slice(last, start) + turnWord(word, words[index - 1]?.word, words[index + 1]?.word, start === 0);
    last = start + word.length;
  });
  return result + detail.slice(last);
}

function turnWord(word: string, before: string | undefined, after: string | undefined, first: boolean): string {
  const apostrophe = word.includes('’') ? '’' : "'";
  const plain = word.replace('’', "'");
  const lower = plain.toLowerCase();
  const isI = /^I('[a-z]+)?$/u.test(plain);
  // Only the usual spellings are pronouns: "US" is a country, and "Me" or "Your" inside
  // the words may be part of a title.
  if (!isI && plain !== lower && !(first && plain === capitalised(lower))) return word;
  const turned = lower === 'you' ? (isObject(before, after) ? 'them' : 'they') : lower === 'i' ? 'you' : (agreeing(lower, before) ?? TURNED[lower]);
  if (turned === undefined) return word;
  const spelled = turned.replace("'", apostrophe);
  return first && plain !== lower ? capitalised(spelled) : spelled;
}

/** "I was" becomes "you were", "I am" "you are": the verb follows its new subject. */
function agreeing(lower: string, before: string | undefined): string | undefined {
  if (before !== 'I') return undefined;
  if (lower === 'was') return 'were';
  if (lower === 'am') return 'are';
  return undefined;
}

/** "the song I sent you", "helping you move", "you starting school": "you" is not doing it. */
function isObject(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined) return true;
  const previous = before?.toLowerCase();
  if (previous !== undefined && (BEFORE_AN_OBJECT.has(previous) || /ing$/u.test(previous))) return true;
  return /ing$/u.test(after.toLowerCase());
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
