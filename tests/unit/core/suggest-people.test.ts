import { eligiblePeople, peopleInTurn, pickPerson } from '../../../src/core/choose-person';
import { seededRandom } from '../../../src/core/random';
import { dueRatio, suggest, suggestAnother, type SuggestInput } from '../../../src/core/suggest';
import { PERSONAL_TEMPLATES } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { shownTo as shown, someone as person, suggestInput, tally } from '../../support/suggest-fixtures';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();
const daysAgo = (days: number) => NOW - days * DAY_MS;

function input(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return suggestInput({ moment: 'email', site: 'gmail', now: NOW, random: seededRandom('people'), ...overrides });
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

  it('skips archived people and people set aside twice lately, and tries someone suggested in the last days only after the others', () => {
    const archived = person({ archived: true });
    const justSuggested = person();
    const setAside = person();
    const setAsideOnce = person();
    const history = [
      shown(justSuggested.id, 'ch_hello', daysAgo(1)),
      shown(setAside.id, 'ch_hello', daysAgo(5), 'dismissed'),
      shown(setAside.id, 'cu_week', daysAgo(9), 'dismissed'),
      shown(setAsideOnce.id, 'cu_week', daysAgo(9), 'dismissed'),
    ];
    const everyone = input({ people: [archived, justSuggested, setAside, setAsideOnce], history });
    expect(eligiblePeople(everyone, NOW).map((p) => p.id)).toEqual([justSuggested.id, setAsideOnce.id]);
    expect(peopleInTurn(everyone, NOW).map(({ person }) => person.id)).toEqual([setAsideOnce.id, justSuggested.id]);
    // Alone, someone suggested yesterday is named again rather than nobody.
    expect(suggest(input({ people: [justSuggested], history })).personId).toBe(justSuggested.id);
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
    expect(pickPerson(input({ people: [a, b], exclude: { personIds: [a.id as number] } }), NOW)?.id).toBe(b.id);
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

  it('names someone never written to, due today, before anyone only halfway along', () => {
    const neverWritten = person({ email: 'a@example.com', rhythm: 'weekly' });
    const halfway = person({ email: 'b@example.com', rhythm: 'fortnightly', lastContactedAt: daysAgo(8) });
    const counts = tally((seed) => input({ people: [halfway, neverWritten], random: seededRandom(seed) }), 200);
    expect(counts.get(neverWritten.id)).toBe(200);
  });

  it('lets someone suggested yesterday step back while someone else as due can be named', () => {
    const yesterday = person({ email: 'a@example.com' });
    const other = person({ email: 'b@example.com' });
    const history = [shown(yesterday.id, 'ch_hello', daysAgo(1))];
    const counts = tally((seed) => input({ people: [yesterday, other], history, random: seededRandom(seed) }), 200);
    expect(counts.get(other.id)).toBe(200);
  });

  it('names the next person in turn when every idea for the first was sent to them lately', () => {
    const due = person({ email: 'a@example.com', rhythm: 'weekly', lastContactedAt: daysAgo(8) });
    const noRhythm = person({ email: 'b@example.com', rhythm: 'none' });
    const history = PERSONAL_TEMPLATES.map((template) => shown(due.id, template.id, daysAgo(5), 'sent'));
    const everyone = input({ people: [due, noRhythm], history });
    expect(peopleInTurn(everyone, NOW)[0]?.person.id).toBe(due.id);
    expect(suggest(everyone).personId).toBe(noRhythm.id);
  });

  it('never offers again a message set aside with "Another idea", whatever the draw', () => {
    const a = person({ email: 'a@example.com' });
    for (let i = 0; i < 50; i++) {
      const first = suggest(input({ people: [a], random: seededRandom(`set-aside-${i}`) }));
      const again = suggest(input({ people: [a], random: seededRandom(`set-aside-${i}`), exclude: { templateIds: [first.templateId], personIds: [] } }));
      expect(again.templateId).not.toBe(first.templateId);
    }
  });

  it('offers a generic act when there are no people', () => {
    const suggestion = suggest(input({ people: [] }));
    expect(suggestion.personId).toBeUndefined();
    expect(suggestion.prompt).not.toMatch(/\$/);
  });
});
