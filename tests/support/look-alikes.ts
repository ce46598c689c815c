/**
 * Which controls shown together a person could take for each other: "Low" beside "Low
 * energy today", "Not today" beside "Not now", "Wenig" beside "Heute wenig Kraft". Two
 * labels look alike when they share a meaningful word or its stem (the start of a word:
 * "rest" and "resting"), and so when one label holds the other. Small words that carry no
 * meaning of their own are left out, per language; a negation ("not", "nicht") is never
 * left out, as it is what made the pairs above alike.
 */
const FILLER: Readonly<Record<string, readonly string[]>> = {
  en: ['a', 'an', 'the', 'it', 'this', 'that', 'to', 'of', 'in', 'on', 'for', 'me', 'my', 'i', 'you', 'your', 'and', 'or', 'with', 'at', 'is', 'be', 'about', 'by'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'es', 'ich', 'mir', 'mich', 'du', 'dir', 'dich', 'dein', 'deine', 'zu', 'für', 'auf', 'in', 'im', 'an', 'am', 'und', 'oder', 'mit', 'dieser', 'diese', 'ist', 'hab', 'habe', 'sie', 'über', 'per'],
  es: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'uno', 'de', 'del', 'al', 'en', 'con', 'por', 'para', 'me', 'mi', 'te', 'tu', 'tú', 'yo', 'se', 'su', 'y', 'o', 'a', 'que', 'esta', 'este', 'esto', 'es', 'sobre'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'de', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'et', 'ou', 'je', 'j', 'me', 'm', 'moi', 'tu', 't', 'te', 'toi', 'ton', 'ta', 'tes', 'ce', 'cet', 'cette', 'ça', 'c', 'est', 'qu', 'que', 'se', 's', 'il', 'elle', 'son', 'sa', 'ses'],
  pt_BR: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'com', 'por', 'para', 'pelo', 'pela', 'me', 'meu', 'minha', 'eu', 'te', 'você', 'seu', 'sua', 'se', 'e', 'ou', 'que', 'este', 'esta', 'isto', 'isso', 'é', 'sobre'],
};

/** Words sharing this many first letters share a stem. */
const STEM = 5;
/** The shortest word that counts as the stem of a longer one ("rest" of "resting", not "not" of "note"). */
const SHORTEST_STEM = 4;

export function meaningfulWords(label: string, locale: string): string[] {
  const filler = FILLER[locale] ?? FILLER.en ?? [];
  return (label.toLocaleLowerCase(locale.replace('_', '-')).match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1 && !filler.includes(word));
}

function sameStem(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter === longer) return true;
  if (shorter.length >= SHORTEST_STEM && longer.startsWith(shorter)) return true;
  return shorter.length >= STEM && longer.startsWith(shorter.slice(0, STEM));
}

/** Every pair of distinct labels that look alike, as [first, second] in the order given. */
export function lookAlikes(labels: readonly string[], locale: string): [string, string][] {
  const distinct = [...new Set(labels)];
  const pairs: [string, string][] = [];
  distinct.forEach((first, index) => {
    for (const second of distinct.slice(index + 1)) {
      if (meaningfulWords(first, locale).some((a) => meaningfulWords(second, locale).some((b) => sameStem(a, b)))) pairs.push([first, second]);
    }
  });
  return pairs;
}
