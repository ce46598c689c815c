import { useId } from 'preact/hooks';
import { PHONE_PLACES, type PhonePlace, type Settings } from '../../../core/settings';
import { t, type MessageKey } from '../../../i18n';

const PLACE_LABELS: Record<PhonePlace, MessageKey> = { bottom: 'phonePlaceBottom', top: 'phonePlaceTop' };

/** Where the card sits on a phone: above the site's own bottom bar, or at the top. */
export function PhonePlaceChoice({ place, save }: { place: PhonePlace; save(changes: Partial<Settings>): unknown }) {
  const hintId = useId();
  return (
    <fieldset class="settings-group" aria-describedby={hintId}>
      <legend>{t('phonePlaceHeading')}</legend>
      <p id={hintId} class="muted">
        {t('phonePlaceHint')}
      </p>
      <div class="choices">
        {PHONE_PLACES.map((option) => (
          <label key={option} class="choice">
            <input type="radio" name="phone-place" checked={place === option} onChange={() => void save({ cardPlaceOnPhone: option })} />
            {t(PLACE_LABELS[option])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
