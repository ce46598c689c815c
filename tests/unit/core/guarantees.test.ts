/**
 * Promises about the words that no other test held on its own: each of these was seen
 * failing with the code broken.
 */
import { validatePerson, LIMITS, type Person, type PersonInput } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import { render } from '../../../src/core/render';
import { suggest } from '../../../src/core/suggest';
import { MAX_TEMPLATE_LENGTH, PERSONAL_TEMPLATES, templateById } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { getMessage } from '../../support/fake-browser';

const translate = (key: string, substitutions?: readonly string[]) => getMessage(key, substitutions ? [...substitutions] : undefined);
const NOW = new Date(2026, 10, 25, 14, 0).getTime();

function friend(overrides: Partial<Person>): Person {
  return {
    id: 1,
    name: 'Maya',
    callName: 'Maya',
    email: 'maya@example.com',
    handles: {},
    rhythm: 'fortnightly',
    preferredChannel: 'any',
    memories: [],
    archived: false,
    createdAt: NOW - 100 * DAY_MS,
    ...overrides,
  };
}

describe('the detail-free fallback', () => {
  it('is really reached when the name and the detail leave no room: a note for them, without the detail', () => {
    // A long name, and a detail too long for any note (kept from before today's limits).
    const longName = `${'Maximiliane'.repeat(4)} ${'Lindqvist'.repeat(4)}`.slice(0, LIMITS.name);
    const maya = friend({
      name: longName,
      callName: longName.slice(0, LIMITS.callName),
      memories: [{ id: 'long', text: 'w'.repeat(MAX_TEMPLATE_LENGTH - 20), kind: 'interest' }],
    });
    for (let i = 0; i < 30; i += 1) {
      const suggestion = suggest({ moment: 'email', site: 'gmail', people: [maya], history: [], now: NOW, random: seededRandom(`f-${i}`), translate });
      // Personal, not the generic act for nobody...
      expect(suggestion.personId).toBe(1);
      // ...and without the detail, which did not fit.
      expect(suggestion.memoryId).toBeUndefined();
      expect(templateById(suggestion.templateId)?.needs).not.toContain('detail');
      expect([...suggestion.draft].length).toBeLessThanOrEqual(MAX_TEMPLATE_LENGTH);
    }
  });
});

describe('a translation with an unfilled placeholder', () => {
  const cases = PERSONAL_TEMPLATES.slice(0, 12).flatMap((template) => (['draft', 'prompt'] as const).map((part) => ({ template, part })));
  it.each(cases)('in the $part makes render refuse $template.id rather than show it', ({ template, part }) => {
    const broken = (key: string, substitutions?: readonly string[]) =>
      key === `tpl_${template.id}_${part}` ? `${translate(key, substitutions)} $FRIEND$` : translate(key, substitutions);
    const detail = template.carries[0] ? { text: 'the hiking trip', kind: template.carries[0] } : undefined;
    const person = { name: 'Jo Okafor', callName: 'Jo' };
    expect(render(template, person, detail, translate)).toBeDefined();
    expect(render(template, person, detail, broken)).toBeUndefined();
  });
});

describe('a dated detail', () => {
  it('is refused when it is longer than a detail may be', () => {
    const input: PersonInput = {
      name: 'Jo',
      callName: '',
      email: '',
      phone: '',
      handles: {},
      rhythm: 'fortnightly',
      preferredChannel: 'any',
      birthday: '',
      memories: [{ id: 'long', text: 'x'.repeat(LIMITS.memory + 1), kind: 'coming-up', date: '2027-03-02' }],
    } as unknown as PersonInput;
    expect(validatePerson(input)).toMatchObject({ ok: false, memoryErrors: { long: 'memoryTooLong' } });
  });
});
