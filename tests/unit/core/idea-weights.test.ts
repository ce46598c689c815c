import { LEAST_WEIGHT, MOST_WEIGHT, type IdeaWeights } from '../../../src/core/idea-preferences';
import type { Person } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import { suggest } from '../../../src/core/suggest';
import { TEMPLATE_KINDS, templateById, type TemplateKind } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { getMessage } from '../../support/fake-browser';

const translate = (key: string, substitutions?: readonly string[]) => getMessage(key, substitutions ? [...substitutions] : undefined);
const NOW = new Date(2026, 10, 25, 14, 0).getTime();
const DRAWS = 400;

const maya: Person = {
  id: 1,
  name: 'Maya',
  callName: 'Maya',
  email: 'maya@example.com',
  handles: {},
  rhythm: 'fortnightly',
  preferredChannel: 'any',
  memories: [{ id: 'hard', text: 'your dad being in hospital', kind: 'hard-time' }],
  archived: false,
  createdAt: NOW - 100 * DAY_MS,
};

function weighing(favoured: TemplateKind): IdeaWeights {
  return Object.fromEntries(TEMPLATE_KINDS.map((kind) => [kind, kind === favoured ? MOST_WEIGHT : LEAST_WEIGHT])) as IdeaWeights;
}

/** The kinds of idea drawn for `people` in many draws, with and without learned weights. */
function kindsDrawn(people: readonly Person[], ideaWeights?: IdeaWeights): TemplateKind[] {
  return Array.from({ length: DRAWS }, (_, i) => {
    const suggestion = suggest({
      moment: 'email',
      site: 'gmail',
      people,
      history: [],
      now: NOW,
      energy: 'good',
      random: seededRandom(`w-${i}`),
      translate,
      ideaWeights,
    });
    const kind = templateById(suggestion.templateId)?.kind;
    if (!kind) throw new Error(`unknown template ${suggestion.templateId}`);
    return kind;
  });
}

const share = (kinds: readonly TemplateKind[], kind: TemplateKind) => kinds.filter((each) => each === kind).length / kinds.length;

describe('ideas weighed by what this person takes up', () => {
  it('brings a kind taken up more often, and one passed over less often but still', () => {
    const plain = kindsDrawn([]);
    const favoured = plain.find((kind) => share(plain, kind) < 0.5) ?? 'appreciation';
    const weighed = kindsDrawn([], weighing(favoured));
    expect(share(weighed, favoured)).toBeGreaterThan(share(plain, favoured));
    const others = new Set(weighed.filter((kind) => kind !== favoured));
    expect(others.size).toBeGreaterThan(0);
  });

  it('still meets a hard time only with gentle ideas, whatever kind was taken up', () => {
    const plain = new Set(kindsDrawn([maya]));
    for (const favoured of TEMPLATE_KINDS) {
      for (const kind of kindsDrawn([maya], weighing(favoured))) expect(plain.has(kind), `${kind} after learning ${favoured}`).toBe(true);
    }
  });
});
