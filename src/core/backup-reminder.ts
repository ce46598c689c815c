import type { Person } from './people';

/**
 * When a copy of everything was last saved to a file, and a gentle offer of a fresh one
 * once much is new: once per threshold, never again for it after "Not now" or a copy.
 * Kept in the settings row, so that a copy carries its own moment and an import brings it.
 */
export interface SavedCopy {
  /** When the latest copy was saved; 0 for never. */
  readonly at: number;
  /** How many entries (see keptEntries) that copy held. */
  readonly entries: number;
  /** How many entries there were when the offer was last set aside with "Not now"; 0 for never. */
  readonly offerSetAsideAt: number;
}

export const NO_COPY_SAVED: SavedCopy = { at: 0, entries: 0, offerSetAsideAt: 0 };

/** How many more entries than in the latest copy (or than when the offer was set aside) bring the offer. */
export const OFFER_COPY_AFTER = 20;

/** What a copy keeps that a person would miss: each person, each detail remembered of them, each note sent and each hello noted. */
export function keptEntries(people: readonly Pick<Person, 'memories'>[], notesSent: number, hellosNoted: number): number {
  let entries = people.length + notesSent + hellosNoted;
  for (const person of people) entries += person.memories.length;
  return entries;
}

/** A copy saved now, holding `entries`: the offer starts counting from it. */
export function copySaved(copy: SavedCopy, at: number, entries: number): SavedCopy {
  return { ...copy, at, entries };
}

/** "Not now": the offer comes back only once as much again is new. */
export function copyOfferSetAside(copy: SavedCopy, entries: number): SavedCopy {
  return { ...copy, offerSetAsideAt: entries };
}

/**
 * Whether to offer a copy: `first` when none was ever saved, `fresh` when one was, and
 * nothing until at least OFFER_COPY_AFTER entries are new since the copy and since the
 * offer was last set aside. Counted as how many more there are, so what was removed since
 * makes the offer come later, never sooner.
 */
export function copyOffer(copy: SavedCopy, entries: number): 'first' | 'fresh' | undefined {
  if (entries - Math.max(copy.entries, copy.offerSetAsideAt) < OFFER_COPY_AFTER) return undefined;
  return copy.at === 0 ? 'first' : 'fresh';
}
