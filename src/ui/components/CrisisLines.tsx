import type { BundledLine, OwnLine, Reach } from '../../core/crisis-lines';
import { HELPLINE_DIRECTORY } from '../../core/crisis-lines';
import type { Settings } from '../../core/settings';
import { t, type MessageKey } from '../../i18n';
import { countryLinesOf } from '../support-country';

/** The words for each way to reach a line by its number alone. */
const REACH_WORDS = { call: 'reachCall', text: 'reachText', 'call-or-text': 'reachCallOrText' } as const satisfies Record<
  Exclude<Reach['kind'], 'text-word'>,
  MessageKey
>;

/** How to reach a bundled line, in the words of the page's language: "Call or text 988". */
export function reachText(reach: Reach): string {
  return reach.kind === 'text-word' ? t('reachTextWord', [reach.word, reach.number]) : t(REACH_WORDS[reach.kind], reach.number);
}

/** A bundled line as the person would keep it once they edit the list. */
export function asOwnLine(line: BundledLine): OwnLine {
  const parts = [...line.reach.map(reachText), ...(line.always ? [t('lineAlways')] : []), ...(line.young ? [t('lineYoung')] : [])];
  return { name: line.name, reach: parts.join('. ') };
}

/** The lines shown: the person's own list once they edited it, else the bundled lines of their country. */
export function shownLines(settings: Pick<Settings, 'supportLines' | 'supportCountry'>): OwnLine[] {
  return settings.supportLines ?? countryLinesOf(settings)?.lines.map(asOwnLine) ?? [];
}

/**
 * Where to turn: an emergency number for right now, lines to call or text, and the
 * international directory for everyone else. Static text; nothing here is fetched.
 */
export function CrisisLines({ settings }: { settings: Pick<Settings, 'supportLines' | 'supportCountry'> }) {
  const country = countryLinesOf(settings);
  const lines = shownLines(settings);
  return (
    <div class="crisis-lines stack">
      <p class="crisis-lines__emergency">{country ? t('supportEmergency', country.emergency) : t('supportEmergencyLocal')}</p>
      {/* No country known (or one not in the list): the person picks, rather than a guess at another country's lines. */}
      {!country && settings.supportLines === null && <p>{t('supportChooseCountry')}</p>}
      {lines.length > 0 && (
        <ul class="crisis-lines__list">
          {lines.map((line, index) => (
            <li key={`${index}:${line.name}`}>
              <strong>{line.name}</strong>
              <span>{line.reach}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted">
        {t('supportDirectory')}{' '}
        <a href={HELPLINE_DIRECTORY.url} target="_blank" rel="noopener noreferrer">
          {HELPLINE_DIRECTORY.name}
        </a>
      </p>
    </div>
  );
}
