/**
 * Believable people for measuring sync: each with a full name, an email, a phone number,
 * a handle, a rhythm and five remembered details of everyday length, with random detail
 * ids as the settings page makes them. The same seed gives the same people, so the unit
 * test of the quota and `npm run bench` measure alike.
 */
const FIRST = [
  'Maya',
  'Jo',
  'Sam',
  'Priya',
  'Tomás',
  'Aiko',
  'Lena',
  'Kwame',
  'Noor',
  'Elif',
  'Ruth',
  'Oskar',
  'Chloé',
  'Dmitri',
  'Fatima',
  'Hannah',
  'Ines',
  'Jonas',
  'Mateo',
  'Zoe',
];
const LAST = [
  'Lindqvist',
  'Okafor',
  'Ng',
  'Sharma',
  'García',
  'Tanaka',
  'Becker',
  'Mensah',
  'Haddad',
  'Yilmaz',
  'Cohen',
  'Nilsson',
  'Martin',
  'Petrov',
  'Rahman',
  'Schmidt',
  'Costa',
  'Weber',
  'Rossi',
  'Evans',
];
const DETAILS = [
  ['the new job at the library', 'good-news'],
  ['your allotment and the runner beans', 'interest'],
  ['the move to Leipzig', 'coming-up'],
  ['your dad being in hospital', 'hard-time'],
  ['our walk along the canal last spring', 'shared-memory'],
  ['the choir concert in December', 'coming-up'],
  ['the pottery class on Thursdays', 'interest'],
  ['finishing the marathon', 'good-news'],
  ['the new puppy, Biscuit', 'good-news'],
  ['your thesis on river ecology', 'interest'],
  ['the break-up with Alex', 'hard-time'],
  ['that terrible karaoke night', 'shared-memory'],
  ['the kids starting school', 'coming-up'],
  ['learning Portuguese', 'interest'],
  ['the trip to Lisbon with your sister', 'shared-memory'],
];
/** Words that make each detail a person's own, so the text compresses as real notes would, not as fifteen repeated lines. */
const PLACES = [
  'in Porto',
  'near Bristol',
  'at the community centre',
  'with Ana',
  'with the neighbours',
  'in the Alps',
  'by the harbour',
  'with her brother',
  'at Grandma Rosa’s',
  'on the night train',
  'for the third time',
  'after the long winter',
  'in the old flat',
  'with the twins',
  'at the allotment society',
  'this autumn',
  'in Kraków',
  'with Jonas and Meike',
  'before the wedding',
  'at the bakery on Elm Street',
];
const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'none'];

/** @param {number} seed */
function generator(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} count
 * @param {number} [seed]
 * @returns {Array<{ name: string, callName: string, email: string, phone: string, handles: Record<string, string>, rhythm: string, preferredChannel: string, memories: Array<{ id: string, text: string, kind: string, date?: string }>, archived: boolean, createdAt: number, lastContactedAt: number }>}
 */
export function syncPeople(count, seed = 7) {
  const random = generator(seed);
  const pick = (/** @type {readonly any[]} */ list) => list[Math.floor(random() * list.length)];
  const hex = (/** @type {number} */ length) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const start = Math.floor(random() * DETAILS.length);
    return {
      name: `${first} ${last}`,
      callName: first,
      email: `${first}.${last}${i}@example.org`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, ''),
      phone: `+44 7700 ${String(900000 + Math.floor(random() * 99999)).slice(0, 6)}`,
      handles: {
        bluesky: `${first}${last}${i}.bsky.social`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, ''),
      },
      rhythm: pick(RHYTHMS),
      preferredChannel: 'any',
      memories: Array.from({ length: 5 }, (_, d) => {
        const [text, kind] = DETAILS[(start + d * 2) % DETAILS.length] ?? DETAILS[0];
        return {
          id: uuid(),
          text: `${text} ${pick(PLACES)}`,
          kind,
          ...(kind === 'coming-up' ? { date: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${Math.floor(random() * 9)}` } : {}),
        };
      }),
      archived: false,
      createdAt: Date.UTC(2026, 0, 1) + i * 3_600_000,
      lastContactedAt: Date.UTC(2026, 10, 1) + i * 60_000,
    };
  });
}
