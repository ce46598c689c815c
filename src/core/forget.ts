import type { Nudge } from './nudge';
import { HANDLE_SITES, type Person } from './people';

/**
 * Forgetting a person: they go, and so does every history entry that names them — the
 * ideas suggested for them, and any other entry whose words hold their name, the name the
 * user calls them, their email, phone or a detail the user remembered. Entries are removed
 * whole rather than edited, so that nothing of them is left in a sentence half rewritten.
 */
export interface ForgetPlan {
  /** History entries to remove. */
  readonly historyIds: number[];
  /** Entries that only list them among ideas set aside: the link is removed, the entry stays. */
  readonly unlinkIds: number[];
}

/** What the confirmation says goes, besides the history. */
export interface PersonTraces {
  readonly email: boolean;
  readonly phone: boolean;
  readonly birthday: boolean;
  readonly handles: number;
  readonly details: number;
}

export function tracesOf(person: Person): PersonTraces {
  return {
    email: Boolean(person.email),
    phone: Boolean(person.phone),
    birthday: Boolean(person.birthday),
    handles: HANDLE_SITES.filter((site) => person.handles[site]).length,
    details: person.memories.length,
  };
}

const WORD_EDGE = '[^\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for any of the words that name this person, in any text. Each is matched whole,
 * between word edges: a detail "work" names the person in "How is work?", never in
 * someone else's "homework".
 */
export function namesPerson(person: Person): (text: string) => boolean {
  const names = [person.name, person.callName].map((name) => name.trim()).filter((name) => name.length >= 2);
  const others = [person.email, person.phone, ...person.memories.map((memory) => memory.text)]
    .map((value) => value?.trim() ?? '')
    .filter((value) => value.length >= 3);
  const words = [...names, ...others].sort((a, b) => b.length - a.length);
  if (words.length === 0) return () => false;
  const pattern = new RegExp(`(^|${WORD_EDGE})(${words.map(escape).join('|')})($|${WORD_EDGE})`, 'iu');
  return (text) => pattern.test(text);
}

function textsOf(nudge: Nudge): string[] {
  const { suggestion } = nudge;
  return [
    suggestion.prompt,
    suggestion.draft,
    suggestion.personName,
    suggestion.why,
    suggestion.email,
    suggestion.phone,
    suggestion.profileUrl,
    suggestion.subject,
    nudge.finalText,
    nudge.genuineNote,
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
}

export function planForget(person: Person, nudges: readonly Nudge[]): ForgetPlan {
  const names = namesPerson(person);
  const historyIds: number[] = [];
  const unlinkIds: number[] = [];
  for (const nudge of nudges) {
    if (nudge.id === undefined) continue;
    if (nudge.suggestion.personId === person.id || textsOf(nudge).some(names)) historyIds.push(nudge.id);
    else if (person.id !== undefined && nudge.tried?.personIds.includes(person.id)) unlinkIds.push(nudge.id);
  }
  return { historyIds, unlinkIds };
}
