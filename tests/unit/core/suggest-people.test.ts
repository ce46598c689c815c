import type { NudgeStatus } from '../../../src/core/nudge';
import type { Person } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import {
  dueRatio,
  eligiblePeople,
  followUpMemory,
  nextMemory,
  pickPerson,
  suggest,
  suggestAnother,
  TEMPLATE_REPEAT_DAYS,
  type HistoryEntry,
  type SuggestInput,
} from '../../../src/core/suggest';
import { PERSONAL_TEMPLATES, type Template } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { getMessage } from '../../support/fake-browser';

const translate = (key: string, substitutions?: readonly string[]) => getMessage(key, substitutions ? [...substitutions] : undefined);
const NOW = new Date(2026, 10, 25, 9, 0).getTime();
const daysAgo = (days: number) => NOW - days * DAY_MS;

let nextId = 1;
function person(overrides: Partial<Person> = {}): Person {
  const name = overrides.name ?? `Person ${nextId}`;
  return {
    id: nextId++,
    name,
    callName: name.split(' ')[0] ?? name,
    handles: {},
    rhythm: 'fortnightly',
    preferredChannel: 'any',
    memories: [],
    archived: false,
    createdAt: daysAgo(100),
    ...overrides,
  };
}

function shown(personId: number, templateId: string, at: number, status: NudgeStatus = 'shown', memoryId?: string): HistoryEntry {
  return { shownAt: at, status, suggestion: { templateId, prompt: '', draft: '', personId, ...(memoryId ? { memoryId } : {}) } };
}

function input(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return { moment: 'email', site: 'gmail', history: [], now: NOW, random: seededRandom('people'), translate, ...overrides };
}

/** How often each person id is chosen over many seeded draws. */
function tally(make: (seed: string) => SuggestInput, draws = 1000): Map<number | undefined, number> {
  const counts = new Map<number | undefined, number>();
  for (let i = 0; i < draws; i++) {
    const id = suggest(make(`draw-${i}`)).personId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe('how due a person is', () => {
  it('is exactly due when never contacted, and grows with time against the rhythm', () => {
    expect(dueRatio(person({ rhythm: 'weekly' }), NOW)).toBe(1);
    expect(dueRatio(person({ rhythm: 'weekly', lastContactedAt: daysAgo(14) }), NOW)).toBeCloseTo(2);
    expect(dueRatio(person({ rhythm: 'monthly', lastContactedAt: daysAgo(15) }), NOW)).toBeCloseTo(0.5);
  });

  it('treats no rhythm as rarely due', () => {
    expect(dueRatio(person({ rhythm: 'none', lastContactedAt: daysAgo(400) }), NOW)).toBeLessThan(1);
  });
});

describe('choosing a person', () => {
  it('prefers the most overdue, yet suggests every due person over 1000 seeded draws', () => {
    const mostOverdue = person({ email: 'a@example.com', rhythm: 'weekly', lastContactedAt: daysAgo(28) });
    const due = person({ email: 'b@example.com', rhythm: 'weekly', lastContactedAt: daysAgo(8) });
    const alsoDue = person({ email: 'c@example.com', rhythm: 'monthly', lastContactedAt: daysAgo(35) });
    const notDue = person({ email: 'd@example.com', rhythm: 'monthly', lastContactedAt: daysAgo(2) });
    const counts = tally((seed) => input({ people: [mostOverdue, due, alsoDue, notDue], random: seededRandom(seed) }));
    expect(counts.get(mostOverdue.id)).toBeGreaterThan(counts.get(due.id) ?? 0);
    expect(counts.get(mostOverdue.id)).toBeGreaterThan(counts.get(alsoDue.id) ?? 0);
    expect(counts.get(due.id)).toBeGreaterThan(0);
    expect(counts.get(alsoDue.id)).toBeGreaterThan(0);
    expect(counts.get(notDue.id)).toBeUndefined();
  });

  it('prefers someone reachable on this moment’s channel', () => {
    const noEmail = person({ phone: '+44 7700 900123', rhythm: 'weekly', lastContactedAt: daysAgo(30) });
    const withEmail = person({ email: 'maya@example.com', lastContactedAt: daysAgo(15) });
    const counts = tally((seed) => input({ people: [noEmail, withEmail], random: seededRandom(seed) }), 200);
    expect(counts.get(withEmail.id)).toBe(200);
    const onChat = tally((seed) => input({ moment: 'messages', site: 'whatsapp', people: [noEmail, withEmail], random: seededRandom(seed) }), 200);
    expect(onChat.get(noEmail.id)).toBe(200);
  });

  it('still suggests someone on email when nobody has an address: Copy always works', () => {
    const noEmail = person({ phone: '+44 7700 900123' });
    expect(suggest(input({ people: [noEmail] })).personId).toBe(noEmail.id);
  });

  it('on a social site suggests only someone with a handle there, with their profile', () => {
    const onX = person({ handles: { x: 'maya' } });
    const elsewhere = person({ handles: { instagram: 'sam' }, email: 's@example.com' });
    const suggestion = suggest(input({ moment: 'social', site: 'x', people: [onX, elsewhere] }));
    expect(suggestion.personId).toBe(onX.id);
    expect(suggestion.profileUrl).toBe('https://x.com/maya');
    const nobodyThere = suggest(input({ moment: 'social', site: 'reddit', people: [onX, elsewhere] }));
    expect(nobodyThere.personId).toBeUndefined();
    expect(nobodyThere.draft).not.toBe('');
  });

  it('skips archived people, people suggested in the last days and people set aside twice lately', () => {
    const archived = person({ archived: true });
    const justSuggested = person();
    const setAside = person();
    const setAsideOnce = person();
    const history = [
      shown(justSuggested.id ?? 0, 'ch_hello', daysAgo(1)),
      shown(setAside.id ?? 0, 'ch_hello', daysAgo(5), 'dismissed'),
      shown(setAside.id ?? 0, 'cu_week', daysAgo(9), 'dismissed'),
      shown(setAsideOnce.id ?? 0, 'cu_week', daysAgo(9), 'dismissed'),
    ];
    const eligible = eligiblePeople(input({ people: [archived, justSuggested, setAside, setAsideOnce], history }), NOW);
    expect(eligible.map((p) => p.id)).toEqual([setAsideOnce.id]);
  });

  it('lets someone just written to rest, and offers someone halfway along their rhythm when nobody is due', () => {
    const justWritten = person({ email: 'a@example.com', rhythm: 'weekly', lastContactedAt: daysAgo(1) });
    const halfway = person({ email: 'b@example.com', rhythm: 'fortnightly', lastContactedAt: daysAgo(8) });
    const noRhythm = person({ email: 'c@example.com', rhythm: 'none', lastContactedAt: daysAgo(1) });
    const counts = tally((seed) => input({ people: [justWritten, halfway, noRhythm], random: seededRandom(seed) }), 300);
    expect(counts.get(justWritten.id)).toBeUndefined();
    expect(counts.get(halfway.id)).toBeGreaterThan(0);
    expect(counts.get(noRhythm.id)).toBeGreaterThan(0);
    expect(suggest(input({ people: [justWritten] })).personId).toBeUndefined();
  });

  it('honours people excluded by "Another idea"', () => {
    const a = person({ email: 'a@example.com' });
    const b = person({ email: 'b@example.com' });
    expect(pickPerson(input({ people: [a, b], exclude: { personIds: [a.id ?? 0] } }), NOW)?.id).toBe(b.id);
  });

  it('gives "Another idea" to someone else first, then another message for the same person', () => {
    const a = person({ email: 'a@example.com' });
    const b = person({ email: 'b@example.com' });
    const first = suggest(input({ people: [a, b] }));
    const second = suggestAnother(input({ people: [a, b] }), first, { templateIds: [], personIds: [] });
    expect(second.suggestion.personId).not.toBe(first.personId);
    expect(second.tried).toEqual({ templateIds: [first.templateId], personIds: [first.personId] });
    const alone = suggest(input({ people: [a] }));
    const again = suggestAnother(input({ people: [a] }), alone, { templateIds: [], personIds: [] });
    expect(again.suggestion.personId).toBe(a.id);
    expect(again.suggestion.templateId).not.toBe(alone.templateId);
  });

  it('offers a generic act when there are no people', () => {
    const suggestion = suggest(input({ people: [] }));
    expect(suggestion.personId).toBeUndefined();
    expect(suggestion.prompt).not.toMatch(/\$/);
  });
});

describe('choosing words for a person', () => {
  it('names the person and always uses a detail not used lately', () => {
    const maya = person({ name: 'Maya', email: 'maya@example.com', memories: [{ id: 'm1', text: 'the hiking trip', kind: 'interest' }] });
    let withDetail = 0;
    for (let i = 0; i < 200; i++) {
      const suggestion = suggest(input({ people: [maya], random: seededRandom(`w-${i}`) }));
      expect(suggestion.draft).toContain('Maya');
      expect(suggestion.personName).toBe('Maya');
      expect(suggestion.email).toBe('maya@example.com');
      if (suggestion.memoryId === 'm1') {
        withDetail++;
        expect(`${suggestion.prompt} ${suggestion.draft}`).toContain('the hiking trip');
      }
    }
    expect(withDetail).toBe(200);
  });

  it('lets a detail used lately take turns with plainer notes', () => {
    const maya = person({ name: 'Maya', email: 'maya@example.com', memories: [{ id: 'm1', text: 'the hiking trip', kind: 'interest' }] });
    const history = [shown(maya.id ?? 0, 'cu_detail_how', daysAgo(10), 'sent', 'm1')];
    const used = Array.from({ length: 200 }, (_, i) => suggest(input({ people: [maya], history, random: seededRandom(`t-${i}`) })).memoryId);
    expect(used.filter((id) => id === 'm1').length).toBeGreaterThan(20);
    expect(used.filter((id) => id === undefined).length).toBeGreaterThan(20);
  });

  it('never repeats a template to the same person within 30 days', () => {
    const maya = person({ email: 'maya@example.com' });
    const recentTemplates = (PERSONAL_TEMPLATES as readonly Template[]).filter((t) => t.id !== 'ch_hello' && !t.needs.includes('detail')).map((t) => t.id);
    const history = recentTemplates.map((id, i) => shown(maya.id ?? 0, id, daysAgo(TEMPLATE_REPEAT_DAYS - 1) + i));
    for (let i = 0; i < 50; i++) {
      const suggestion = suggest(input({ people: [maya], history, random: seededRandom(`r-${i}`) }));
      if (suggestion.personId === maya.id) expect(suggestion.templateId).toBe('ch_hello');
    }
  });

  it('may use a template again after 30 days', () => {
    const maya = person({ email: 'maya@example.com' });
    const history = PERSONAL_TEMPLATES.filter((t) => t.id !== 'ch_hello').map((t) => shown(maya.id ?? 0, t.id, daysAgo(TEMPLATE_REPEAT_DAYS + 1)));
    const ids = new Set(Array.from({ length: 100 }, (_, i) => suggest(input({ people: [maya], history, random: seededRandom(`o-${i}`) })).templateId));
    expect(ids.size).toBeGreaterThan(5);
  });

  it('rotates details: the one used least lately comes next', () => {
    const maya = person({
      memories: [
        { id: 'cello', text: 'learning the cello', kind: 'interest' },
        { id: 'hike', text: 'the hiking trip', kind: 'interest' },
        { id: 'leo', text: 'Leo starting school', kind: 'interest' },
      ],
    });
    const history = [shown(maya.id ?? 0, 'cu_detail_how', daysAgo(10), 'sent', 'cello'), shown(maya.id ?? 0, 'cu_detail_how', daysAgo(5), 'sent', 'hike')];
    expect(nextMemory(maya, history, NOW)?.id).toBe('leo');
    expect(nextMemory(maya, [...history, shown(maya.id ?? 0, 'x', daysAgo(4), 'sent', 'leo')], NOW)?.id).toBe('cello');
  });

  it('keeps a dated detail back until its day has come', () => {
    const day = (offset: number) => {
      const date = new Date(NOW + offset * DAY_MS);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    const upcoming = person({ memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: day(5) }] });
    const started = person({ memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: day(-40) }] });
    expect(nextMemory(upcoming, [], NOW)).toBeUndefined();
    expect(nextMemory(started, [], NOW)?.id).toBe('job');
  });

  it('follows up a dated note once its day has come, and not before', () => {
    const date = (d: number) => {
      const day = new Date(NOW - d * DAY_MS);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    };
    const past = person({ email: 'a@example.com', memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: date(3) }] });
    const future = person({ email: 'b@example.com', memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: date(-3) }] });
    expect(followUpMemory(past, NOW)?.id).toBe('job');
    expect(followUpMemory(future, NOW)).toBeUndefined();
    const kinds = new Set(
      Array.from({ length: 100 }, (_, i) => {
        const s = suggest(input({ people: [past], random: seededRandom(`f-${i}`) }));
        return PERSONAL_TEMPLATES.find((t) => t.id === s.templateId)?.kind;
      }),
    );
    expect(kinds.has('follow-up')).toBe(true);
    for (let i = 0; i < 100; i++) {
      const s = suggest(input({ people: [future], random: seededRandom(`g-${i}`) }));
      expect(PERSONAL_TEMPLATES.find((t) => t.id === s.templateId)?.kind).not.toBe('follow-up');
    }
  });

  it('falls back to a detail-free template when the detail would make the note too long', () => {
    const maya = person({ email: 'maya@example.com', memories: [{ id: 'long', text: 'w'.repeat(200), kind: 'interest' }] });
    for (let i = 0; i < 50; i++) {
      const suggestion = suggest(input({ people: [maya], random: seededRandom(`l-${i}`) }));
      expect([...suggestion.draft].length).toBeLessThanOrEqual(280);
      expect(suggestion.draft).not.toMatch(/\$[A-Za-z_]+\$/);
    }
  });

  it('asks no more energy than the person has today', () => {
    const maya = person({ email: 'maya@example.com' });
    for (let i = 0; i < 100; i++) {
      const s = suggest(input({ people: [maya], energy: 'low', random: seededRandom(`e-${i}`) }));
      expect(PERSONAL_TEMPLATES.find((t) => t.id === s.templateId)?.energy).toBe('low');
    }
  });

  it('says why in kind words: the rhythm the user chose, never how long it has been', () => {
    const maya = person({ name: 'Maya', email: 'maya@example.com', rhythm: 'fortnightly', lastContactedAt: daysAgo(21) });
    expect(suggest(input({ people: [maya] })).why).toBe('You wanted to write to Maya every two weeks.');
  });

  it('gives the same suggestion for the same seed', () => {
    const people = [person({ email: 'a@example.com' }), person({ email: 'b@example.com', memories: [{ id: 'x', text: 'the garden', kind: 'interest' }] })];
    expect(suggest(input({ people, random: seededRandom('same') }))).toEqual(suggest(input({ people, random: seededRandom('same') })));
  });
});

