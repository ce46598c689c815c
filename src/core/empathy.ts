/**
 * "Help me reply kindly": three small parts a person fills in, put together as the start
 * of a reply. Acknowledge how they feel, share a brief moment of your own if you like, and
 * leave room for them with one gentle question.
 */
export interface EmpathyParts {
  /** "That sounds exhausting" */
  readonly feeling: string;
  /** Optional: "I felt the same when I moved" */
  readonly parallel: string;
  /** "How are you finding the evenings?" */
  readonly question: string;
}

/**
 * Ends a sentence already: a full stop, ! or ?, an ellipsis, maybe inside a closing quote
 * or bracket, in any language's quotes (English ” ’, German “ ‘, French » after a space).
 */
const ENDS_SENTENCE = /[.!?…][\s'"’”‘“»«›‹)\]]*$/u;
/** A question mark, or an exclamation the person chose: either stays as written. */
const ENDS_QUESTION = /[?!…][\s'"’”‘“»«›‹)\]]*$/u;
/** Punctuation that only pauses a sentence; it gives way to the mark that ends it. */
const TRAILING_PAUSE = /[\s,;:–—-]+$/u;

function tidy(part: string): string {
  return part.replace(/\s+/gu, ' ').trim();
}

function asStatement(part: string): string {
  const text = tidy(part);
  if (!text || ENDS_SENTENCE.test(text)) return text;
  const bare = text.replace(TRAILING_PAUSE, '');
  return bare ? `${bare}.` : '';
}

function asQuestion(part: string): string {
  const text = tidy(part);
  if (!text || ENDS_QUESTION.test(text)) return text;
  // "How are you." reads as a question once its full stop gives way.
  const bare = text.replace(/[\s.,;:–—-]+$/u, '');
  return bare ? `${bare}?` : '';
}

/**
 * The parts as one short reply: each trimmed, a statement ended with a full stop and the
 * question with a question mark when they lack one (never doubled), empty parts left out,
 * joined by single spaces. All parts empty gives ''.
 */
export function composeEmpathyReply({ feeling, parallel, question }: EmpathyParts): string {
  return [asStatement(feeling), asStatement(parallel), asQuestion(question)].filter((part) => part !== '').join(' ');
}
