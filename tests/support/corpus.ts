import corpus from '../../docs/detail-corpus.json' with { type: 'json' };
import { DETAIL_KINDS, defaultCallName, type DetailKind } from '../../src/core/people';
import { render, type Translate } from '../../src/core/render';
import { GENERIC_TEMPLATES, PERSONAL_TEMPLATES, type Template } from '../../src/core/templates';
import { getMessage } from './fake-browser';

/**
 * Renders every card line and note Small Hellos can make with the details in
 * docs/detail-corpus.json, as plain text a person can read from top to bottom: the words
 * are the product, and the only way to know they read right is to read them.
 */
export const CORPUS_PATH = 'docs/suggestions-corpus.txt';
export const CORPUS_COMMAND = 'npm run corpus';

export interface CorpusDetail {
  readonly name: string;
  readonly callName?: string;
  readonly kind: DetailKind;
  readonly text: string;
  readonly date?: string;
}

export const CORPUS_DETAILS: readonly CorpusDetail[] = corpus.details as CorpusDetail[];

const translate: Translate = (key, substitutions) => getMessage(key, substitutions ? [...substitutions] : undefined);

const KIND_HEADINGS: Record<DetailKind, string> = {
  'good-news': 'Good news',
  'hard-time': 'A hard time',
  interest: 'An interest',
  'coming-up': 'Something coming up (followed up after its day)',
  'shared-memory': 'A shared memory',
  other: 'Something else (the neutral kind; also every detail saved before kinds existed)',
};

const RULE = '-'.repeat(78);

export function personOf(detail: Pick<CorpusDetail, 'name' | 'callName'>) {
  return { name: detail.name, callName: detail.callName ?? defaultCallName(detail.name) };
}

/** The personal templates whose words can carry a detail of this kind. */
export function templatesCarrying(kind: DetailKind): readonly Template[] {
  return PERSONAL_TEMPLATES.filter((template) => template.needs.includes('detail') && (template.carries as readonly DetailKind[]).includes(kind));
}

function describe(template: Template): string {
  const extras = [
    `${template.kind}`,
    `${template.energy} energy`,
    template.channels.join(', '),
    ...(template.gentle ? ['gentle'] : []),
    ...(template.when ? [`only ${template.when}`] : []),
  ];
  return `${template.id} (${extras.join('; ')})`;
}

function block(template: Template, texts: { prompt: string; draft: string } | undefined): string[] {
  if (!texts) return [`  ${describe(template)}`, '  (not offered: the note would be too long)', ''];
  const [first = '', ...rest] = texts.draft.split('\n');
  return [`  ${describe(template)}`, `  Card: ${texts.prompt}`, `  Note: ${first}`, ...rest.map((line) => `        ${line}`), ''];
}

export function renderCorpus(): string {
  const lines: string[] = [];
  let rendered = 0;
  const push = (template: Template, texts: { prompt: string; draft: string } | undefined) => {
    lines.push(...block(template, texts));
    if (texts) rendered++;
  };

  for (const kind of DETAIL_KINDS) {
    lines.push(RULE, KIND_HEADINGS[kind].toUpperCase(), RULE, '');
    for (const detail of CORPUS_DETAILS.filter((d) => d.kind === kind)) {
      const person = personOf(detail);
      lines.push(`“${detail.text}”: ${detail.name}, called ${person.callName}${detail.date ? `, on ${detail.date}` : ''}`, '');
      for (const template of templatesCarrying(kind)) push(template, render(template, person, detail, translate));
    }
  }

  const example = personOf({ name: 'Jo Okafor' });
  const gentle = PERSONAL_TEMPLATES.filter((t) => !t.needs.includes('detail') && t.gentle);
  lines.push(RULE, 'IDEAS THAT NAME NO DETAIL, FOR JO OKAFOR (CALLED JO)', RULE, '');
  lines.push('Gentle ones: the only ideas offered for someone while a hard time is noted for them.', '');
  for (const template of gentle) push(template, render(template, example, undefined, translate));
  lines.push('The others:', '');
  for (const template of PERSONAL_TEMPLATES.filter((t) => !t.needs.includes('detail') && !t.gentle)) {
    push(template, render(template, example, undefined, translate));
  }

  lines.push(RULE, 'IDEAS FOR NOBODY IN PARTICULAR (NO PERSON FITS, OR NOBODY ADDED YET)', RULE, '');
  for (const template of GENERIC_TEMPLATES) {
    push(template, { prompt: translate(`tpl_${template.id}_prompt`), draft: translate(`tpl_${template.id}_draft`) });
  }

  const byKind = DETAIL_KINDS.map((kind) => `${CORPUS_DETAILS.filter((d) => d.kind === kind).length} ${kind}`).join(', ');
  const header = [
    'Small Hellos: every card line and note, rendered',
    '',
    `Written by \`${CORPUS_COMMAND}\` from docs/detail-corpus.json and the English words in`,
    'public/_locales/en/messages.json. Do not edit it by hand: a unit test fails when it is stale.',
    '',
    'Card lines are spoken to the user; notes are spoken to the friend. Each detail is written',
    'as the user would say it to the friend ("your new job"), so card lines quote it. Notes',
    'greet the friend by the name the user calls them.',
    '',
    `${CORPUS_DETAILS.length} details (${byKind}); ${rendered} card lines, each with its note.`,
    '',
  ];
  return [...header, ...lines].join('\n').replace(/\n+$/u, '\n');
}
