import { readFileSync } from 'node:fs';
import { DETAIL_KINDS, defaultCallName, type DetailKind } from '../../src/core/people';
import { speakOfThem } from '../../src/core/about-them';
import { render, type Translate } from '../../src/core/render';
import { GENERIC_TEMPLATES, isOfflineIdea, kindReplyAsks, offersKindReply, PERSONAL_TEMPLATES, type Template } from '../../src/core/templates';
import { LOCALES } from './fake-browser';
import { factsOf, translateIn } from './words';

/**
 * Renders every card line and note Small Hellos can make with the details in
 * docs/detail-corpus.json, as plain text a person can read from top to bottom: the words
 * are the product, and the only way to know they read right is to read them. Every other
 * locale has its own details (docs/detail-corpus.<locale>.json, written as a speaker of
 * that language would write them) and its own rendering beside the English one.
 */
export const CORPUS_PATH = 'docs/suggestions-corpus.txt';
export const CORPUS_COMMAND = 'npm run corpus';
/** Every locale gets a corpus; English first. */
export const CORPUS_LOCALES: readonly string[] = LOCALES;

/** Where the rendered corpus of a locale is kept. */
export function corpusPath(locale = 'en'): string {
  return locale === 'en' ? CORPUS_PATH : `docs/suggestions-corpus.${locale}.txt`;
}

/** The real-life details a locale's corpus is rendered with. */
export function detailCorpusPath(locale = 'en'): string {
  return locale === 'en' ? 'docs/detail-corpus.json' : `docs/detail-corpus.${locale}.json`;
}

export interface CorpusDetail {
  readonly name: string;
  readonly callName?: string;
  readonly kind: DetailKind;
  readonly text: string;
  readonly date?: string;
}

/** The details of a locale's corpus, as written in its detail-corpus file. */
export function corpusDetails(locale = 'en'): readonly CorpusDetail[] {
  return (JSON.parse(readFileSync(detailCorpusPath(locale), 'utf8')) as { details: CorpusDetail[] }).details;
}

export const CORPUS_DETAILS: readonly CorpusDetail[] = corpusDetails('en');

const KIND_HEADINGS: Record<DetailKind, string> = {
  'good-news': 'Good news',
  'hard-time': 'A hard time',
  interest: 'An interest',
  'coming-up': 'Something coming up (followed up after its day)',
  'shared-memory': 'A shared memory',
  other: 'Something else (the neutral kind; also every detail saved before kinds existed)',
};

const RULE = '-'.repeat(78);

/** The reasons a card gives under Why this?, by what the person asked for. */
const WHY_KEYS = [
  'whyWeekly',
  'whyFortnightly',
  'whyMonthly',
  'whyNoRhythm',
  'whyReachableHere',
  'whyFollowUp',
  'whyBirthdayToday',
  'whyBirthdayJustPassed',
] as const;
const KIND_REPLY_KEYS = [
  'empathyHelp',
  'empathyIntro',
  'empathyFeeling',
  'empathyFeelingHint',
  'empathyParallel',
  'empathyParallelHint',
  'empathyQuestion',
  'empathyQuestionHint',
  'empathyAdd',
  'empathyAdded',
] as const;

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
    ...(template.onlyOnPage ? ['only on the site, never in the popup'] : []),
    ...(offersKindReply(template.id) ? [kindReplyAsks(template.id) ? 'Help me reply kindly' : 'Help me reply kindly, with no question'] : []),
  ];
  return `${template.id} (${extras.join('; ')})`;
}

function block(template: Template, texts: { prompt: string; draft: string } | undefined): string[] {
  if (!texts) return [`  ${describe(template)}`, '  (not offered: the note would be too long)', ''];
  if (isOfflineIdea(template.id))
    return [`  ${describe(template)}`, `  Card: ${texts.prompt}`, '  (no note: done away from the screen, with I did it and Maybe later)', ''];
  const [first = '', ...rest] = texts.draft.split('\n');
  return [`  ${describe(template)}`, `  Card: ${texts.prompt}`, `  Note: ${first}`, ...rest.map((line) => `        ${line}`), ''];
}

export function renderCorpus(locale = 'en'): string {
  const translate: Translate = translateIn(locale);
  const details = corpusDetails(locale);
  const [open, close] = factsOf(locale).quotes;
  const lines: string[] = [];
  let rendered = 0;
  let notes = 0;
  const push = (template: Template, texts: { prompt: string; draft: string } | undefined) => {
    lines.push(...block(template, texts));
    if (texts) rendered++;
    if (texts && !isOfflineIdea(template.id)) notes++;
  };

  for (const kind of DETAIL_KINDS) {
    lines.push(RULE, KIND_HEADINGS[kind].toUpperCase(), RULE, '');
    for (const detail of details.filter((d) => d.kind === kind)) {
      const person = personOf(detail);
      lines.push(`${open}${detail.text}${close}: ${detail.name}, called ${person.callName}${detail.date ? `, on ${detail.date}` : ''}`, '');
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

  lines.push(RULE, 'WHY THIS? (UNDER A CARD LINE, FOR JO OKAFOR)', RULE, '');
  for (const key of WHY_KEYS) lines.push(`  ${key}: ${translate(key, ['Jo Okafor'])}`);
  lines.push('', RULE, 'HELP ME REPLY KINDLY (THE STEPS, UNDER A NOTE THAT ANSWERS NEWS)', RULE, '');
  for (const key of KIND_REPLY_KEYS) lines.push(`  ${key}: ${translate(key)}`);
  lines.push('  (A note that asks nothing back gets no question step: it would undo "no need to reply".)', '');

  const byKind = DETAIL_KINDS.map((kind) => `${details.filter((d) => d.kind === kind).length} ${kind}`).join(', ');
  const language = new Intl.DisplayNames('en', { type: 'language' }).of(locale.replace('_', '-')) ?? locale;
  const header = [
    locale === 'en' ? 'Small Hellos: every card line and note, rendered' : `Small Hellos: every card line and note, rendered in ${language}`,
    '',
    `Written by \`${CORPUS_COMMAND}\` from ${detailCorpusPath(locale)} and the ${language} words in`,
    `public/_locales/${locale}/messages.json. Do not edit it by hand: a unit test fails when it is stale.`,
    '',
    'Card lines are spoken to the user; notes are spoken to the friend. Each detail is written',
    `as the user would say it to the friend ("${factsOf(locale).sample['good-news']}"), and notes say it so.`,
    factsOf(locale).cardDetail === 'turned-round'
      ? `Card lines turn it round to speak of the friend ("${speakOfThem(factsOf(locale).sample['good-news'], locale)}").`
      : "Card lines quote it as written: its words cannot be turned round without knowing the friend's gender.",
    'Notes greet the friend by the name the user calls them.',
    '',
    `${details.length} details (${byKind}); ${rendered} card lines and ${notes} notes (an idea away from the screen has none).`,
    '',
  ];
  return [...header, ...lines].join('\n').replace(/\n+$/u, '\n');
}
