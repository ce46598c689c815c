import { SHOWN_TEMPLATE_REPEAT_DAYS, TEMPLATE_REPEAT_DAYS } from '../../../src/core/choose-idea';
import { detailsInTurn, FOLLOW_UP_DAYS, followUpMemory, inFollowUpWindow } from '../../../src/core/detail-turns';
import { seededRandom } from '../../../src/core/random';
import { suggest, type SuggestInput } from '../../../src/core/suggest';
import { PERSONAL_TEMPLATES, type Template } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { shownTo as shown, someone as person, suggestInput } from '../../support/suggest-fixtures';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();
const daysAgo = (days: number) => NOW - days * DAY_MS;

function input(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return suggestInput({ moment: 'email', site: 'gmail', now: NOW, random: seededRandom('people'), ...overrides });
}

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
    const history = [shown(maya.id, 'cu_detail_how', daysAgo(10), 'sent', 'm1')];
    const used = Array.from({ length: 200 }, (_, i) => suggest(input({ people: [maya], history, random: seededRandom(`t-${i}`) })).memoryId);
    expect(used.filter((id) => id === 'm1').length).toBeGreaterThan(20);
    expect(used.filter((id) => id === undefined).length).toBeGreaterThan(20);
  });

  it('never repeats a template to the same person within 30 days', () => {
    const maya = person({ email: 'maya@example.com' });
    const recentTemplates = (PERSONAL_TEMPLATES as readonly Template[]).filter((t) => t.id !== 'ch_hello' && !t.needs.includes('detail')).map((t) => t.id);
    const history = recentTemplates.map((id, i) => shown(maya.id, id, daysAgo(TEMPLATE_REPEAT_DAYS - 1) + i));
    for (let i = 0; i < 50; i++) {
      const suggestion = suggest(input({ people: [maya], history, random: seededRandom(`r-${i}`) }));
      if (suggestion.personId === maya.id) expect(suggestion.templateId).toBe('ch_hello');
    }
  });

  it('may use a template again after 30 days', () => {
    const maya = person({ email: 'maya@example.com' });
    const history = PERSONAL_TEMPLATES.filter((t) => t.id !== 'ch_hello').map((t) => shown(maya.id, t.id, daysAgo(TEMPLATE_REPEAT_DAYS + 1)));
    const ids = new Set(Array.from({ length: 100 }, (_, i) => suggest(input({ people: [maya], history, random: seededRandom(`o-${i}`) })).templateId));
    expect(ids.size).toBeGreaterThan(5);
  });

  it('once every idea for someone was offered within a month, offers again one only shown two weeks ago or more, never one sent', () => {
    const maya = person({ email: 'maya@example.com' });
    const history = PERSONAL_TEMPLATES.map((t) => {
      if (t.id === 'ch_hello') return shown(maya.id, t.id, daysAgo(20), 'sent');
      return shown(maya.id, t.id, daysAgo(t.id === 'ap_glad_you' ? SHOWN_TEMPLATE_REPEAT_DAYS - 1 : SHOWN_TEMPLATE_REPEAT_DAYS + 1));
    });
    const ideas = Array.from({ length: 100 }, (_, i) => suggest(input({ people: [maya], history, random: seededRandom(`s-${i}`) })));
    for (const idea of ideas) {
      expect(idea.personId).toBe(maya.id);
      expect(['ch_hello', 'ap_glad_you']).not.toContain(idea.templateId);
    }
    expect(new Set(ideas.map((idea) => idea.templateId)).size).toBeGreaterThan(5);
  });

  it('rotates details: the one used least lately comes next', () => {
    const maya = person({
      memories: [
        { id: 'cello', text: 'learning the cello', kind: 'interest' },
        { id: 'hike', text: 'the hiking trip', kind: 'interest' },
        { id: 'leo', text: 'Leo starting school', kind: 'interest' },
      ],
    });
    const history = [shown(maya.id, 'cu_detail_how', daysAgo(10), 'sent', 'cello'), shown(maya.id, 'cu_detail_how', daysAgo(5), 'sent', 'hike')];
    expect(detailsInTurn(maya, history, NOW)[0]?.id).toBe('leo');
    expect(detailsInTurn(maya, [...history, shown(maya.id, 'x', daysAgo(4), 'sent', 'leo')], NOW)[0]?.id).toBe('cello');
  });

  it('keeps a dated detail back until its day has come', () => {
    const day = (offset: number) => {
      const date = new Date(NOW + offset * DAY_MS);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    const upcoming = person({ memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: day(5) }] });
    const started = person({ memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: day(-40) }] });
    expect(detailsInTurn(upcoming, [], NOW)).toEqual([]);
    expect(detailsInTurn(started, [], NOW)[0]?.id).toBe('job');
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

  it('counts a dated detail from the first moment of its day, not a moment before', () => {
    const day = new Date(2026, 10, 2).getTime();
    const starting = person({ memories: [{ id: 'job', text: 'the new job', kind: 'coming-up', date: '2026-11-02' }] });
    expect(detailsInTurn(starting, [], day - 1)).toEqual([]);
    expect(detailsInTurn(starting, [], day).map((detail) => detail.id)).toEqual(['job']);
  });

  it('stops following up a dated note three weeks after its day', () => {
    const day = new Date(2026, 10, 2).getTime();
    const job = { id: 'job', text: 'the new job', kind: 'coming-up' as const, date: '2026-11-02' };
    expect(inFollowUpWindow(job, day + FOLLOW_UP_DAYS * DAY_MS - 1)).toBe(true);
    expect(inFollowUpWindow(job, day + FOLLOW_UP_DAYS * DAY_MS)).toBe(false);
    const longPast = person({ email: 'a@example.com', memories: [{ ...job, date: '2026-10-01' }] });
    for (let i = 0; i < 100; i++) {
      const s = suggest(input({ people: [longPast], random: seededRandom(`late-${i}`) }));
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
