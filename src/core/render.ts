import { speakOfThem } from './about-them';
import { defaultCallName, type Memory, type Person } from './people';
import { carriesDetail, MAX_TEMPLATE_LENGTH, type Greeting, type Template } from './templates';

/** Renders a message from `_locales`; passed in so that core stays free of browser APIs. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export interface Rendered {
  /** The card line, spoken to the user. */
  readonly prompt: string;
  /** The note, spoken to the friend, opening with its greeting line when it has one. */
  readonly draft: string;
}

const GREETING_KEYS: Record<Greeting, string | undefined> = {
  hi: 'draftGreeting',
  'good-morning': 'draftGreetingMorning',
  none: undefined,
};

const UNFILLED = /\$[A-Za-z_]+\$|\$\d/;

/** What the user calls them, or the first word of their name when that was left blank. */
export function callNameOf(person: Pick<Person, 'name' | 'callName'>): string {
  return person.callName.trim() || defaultCallName(person.name);
}

/**
 * Both texts filled in and within length, or nothing: a placeholder never reaches a
 * person, and neither does a detail in words that do not fit its kind (good news is never
 * met with sympathy, a hard time never with cheer).
 */
export function render(
  template: Template,
  person: Pick<Person, 'name' | 'callName'>,
  detail: Pick<Memory, 'text' | 'kind'> | undefined,
  translate: Translate,
): Rendered | undefined {
  const usesDetail = template.needs.includes('detail');
  if (usesDetail && (!detail || !carriesDetail(template, detail.kind))) return undefined;
  const name = callNameOf(person);
  const detailText = usesDetail ? (detail?.text ?? '') : '';
  // The note says the detail to the friend as the user wrote it; the card line speaks of
  // the friend to the user ("their new job"), in the language of the words.
  const detailOnCard = speakOfThem(detailText, translate('langCode'));
  const prompt = translate(`tpl_${template.id}_prompt`, [name, detailOnCard]);
  const body = translate(`tpl_${template.id}_draft`, [name, detailText]);
  const greetingKey = GREETING_KEYS[template.greeting];
  const draft = greetingKey ? `${translate(greetingKey, [name])}\n${body}` : body;
  // What the person typed may hold a "$"; only the words around it must be filled in.
  const filled = (text: string, detailIn: string) => text.length > 0 && !UNFILLED.test(text.replaceAll(name, '').replaceAll(detailIn, ''));
  if (!filled(prompt, detailOnCard) || !filled(draft, detailText) || [...draft].length > MAX_TEMPLATE_LENGTH) return undefined;
  return { prompt, draft };
}
