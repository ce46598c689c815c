import { ideaForPerson, type PersonalIdea } from './choose-idea';
import { handleOn, peopleInTurn, type ChosenPerson } from './choose-person';
import { profileUrl } from './compose';
import { genericIdea } from './generic-idea';
import type { Suggestion } from './nudge';
import type { HandleSite } from './people';
import type { SuggestInput } from './suggest-input';
import { whyThis } from './why-this';

export type { Translate } from './render';
export { IDEAS_HISTORY_DAYS, type HistoryEntry, type SuggestInput } from './suggest-input';
export { dueRatio, isReachable } from './choose-person';
export { fitsToday, TEMPLATE_REPEAT_DAYS } from './choose-idea';
export { gentleOnlyFor } from './detail-turns';

/**
 * One suggestion for this moment: a person and, often, a detail remembered about them,
 * else a small act for nobody in particular. Choosing whom (choose-person.ts) and choosing
 * the words and the detail for them (choose-idea.ts) are separate; the first person in
 * turn for whom some idea fits now is named.
 */
export function suggest(input: SuggestInput): Suggestion {
  const now = input.now ?? Date.now();
  for (const chosen of peopleInTurn(input, now)) {
    const idea = ideaForPerson(input, chosen.person, now);
    if (idea) return personalSuggestion(idea, chosen, input, now);
  }
  return genericIdea(input, now);
}

function personalSuggestion({ template, detail, texts }: PersonalIdea, { person, because }: ChosenPerson, input: SuggestInput, now: number): Suggestion {
  const handle = handleOn(person, input.site);
  return {
    templateId: template.id,
    ...texts,
    personId: person.id,
    personName: person.name,
    ...(detail ? { memoryId: detail.id } : {}),
    why: whyThis(person, detail, template, input.translate, now, because),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.preferredChannel !== 'any' ? { preferredChannel: person.preferredChannel } : {}),
    ...(handle && input.site ? { profileUrl: profileUrl(input.site as HandleSite, handle) } : {}),
  };
}

/** Suggestions already set aside with "Another idea" on one card. */
export interface Tried {
  readonly templateIds: readonly string[];
  readonly personIds: readonly number[];
}

/**
 * "Another idea": someone else first; with nobody else, another message for the same
 * person. Returns the new suggestion and what has now been tried, the current one included.
 */
export function suggestAnother(input: SuggestInput, current: Suggestion, tried: Tried): { suggestion: Suggestion; tried: Tried } {
  const templateIds = [...tried.templateIds, current.templateId];
  const personIds = current.personId === undefined ? [...tried.personIds] : [...tried.personIds, current.personId];
  const ask = (excludePeople: readonly number[]) => suggest({ ...input, exclude: { templateIds, personIds: excludePeople } });
  const otherPerson = ask(personIds);
  const suggestion = otherPerson.personId === undefined && current.personId !== undefined ? ask(tried.personIds) : otherPerson;
  return { suggestion, tried: { templateIds, personIds } };
}
