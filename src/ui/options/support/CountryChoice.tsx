import { useId } from 'preact/hooks';
import { COUNTRY_LINES } from '../../../core/crisis-lines';
import type { Settings } from '../../../core/settings';
import { t } from '../../../i18n';
import { countryName, supportCountryOf } from '../../support-country';

/** Which country's lines are shown: the browser's until the person chooses another. */
export function CountryChoice({ settings, save }: { settings: Settings; save: (changes: Partial<Settings>) => Promise<boolean> }) {
  const id = useId();
  const hintId = useId();
  const current = supportCountryOf(settings) ?? '';
  const countries = COUNTRY_LINES.map(({ country }) => ({ country, name: countryName(country) })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div class="field">
      <label for={id}>{t('supportCountry')}</label>
      <select
        id={id}
        value={current}
        aria-describedby={hintId}
        // A new country shows its own lines: a list edited for another country would not fit it.
        onChange={(event) => void save({ supportCountry: event.currentTarget.value, supportLines: null })}
      >
        {current === '' && <option value="">{t('supportCountryChoose')}</option>}
        {countries.map(({ country, name }) => (
          <option key={country} value={country}>
            {name}
          </option>
        ))}
      </select>
      <p id={hintId} class="muted">
        {t('supportCountryHint')}
      </p>
    </div>
  );
}
