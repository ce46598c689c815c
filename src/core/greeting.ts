/**
 * A personal draft opens with a greeting on a line of its own ("Hi Jo,"), so that words
 * the person adds later — a kind reply to their news — go after it, never before it. The
 * greeting is found by its shape, not its words, so it is still found after the person
 * edits it ("Dear Jo,", "Hey you,") and in any language.
 */
const FIRST_LINE = /^[^\n]*\n/u;
const MAX_GREETING_LENGTH = 60;
const MAX_GREETING_WORDS = 6;

/**
 * The greeting line with its line break ("Hi Jo,\n") when the draft opens with one: a
 * short first line ending in a comma, with more lines after it.
 */
export function greetingOf(draft: string): string | undefined {
  const line = FIRST_LINE.exec(draft)?.[0];
  const words = line?.trim();
  if (!line || !words?.endsWith(',')) return undefined;
  return words.length <= MAX_GREETING_LENGTH && words.split(/\s+/u).length <= MAX_GREETING_WORDS ? line : undefined;
}

/**
 * The draft with `words` on a line of their own after the greeting, or first when there is
 * none. What followed the greeting now follows a sentence, so it starts with a capital: a
 * German note goes on in lower case after "Hallo Jo,", and would not after the words.
 */
export function insertAfterGreeting(draft: string, words: string): string {
  const addition = words.trim();
  if (!addition) return draft;
  const greeting = greetingOf(draft) ?? '';
  const rest = draft.slice(greeting.length).replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toUpperCase());
  return `${greeting}${addition}${rest.trim() ? `\n${rest}` : ''}`;
}
