import { formatNumber } from '../../format-number';
import { useId } from 'preact/hooks';
import { WEEKDAYS, type Settings } from '../../../core/settings';
import { t, uiLanguage } from '../../../i18n';
import { ChoiceField } from '../../components/ChoiceField';
import { Field } from '../../components/Field';
import { SwitchField } from '../../components/SwitchField';
import { StatusLine } from '../../components/StatusLine';
import { SettingsSection } from '../Section';
import { useSaveSettings } from '../save-settings';
import { LearningSetting } from './LearningSetting';

const CAPS = [1, 2, 3, 4, 5];
const GAPS = [30, 60, 90, 120, 180, 240];

/** "08:00" for 480 minutes, as `<input type="time">` reads and writes it. */
export function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function fromClock(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The weekday's name in the browser's language: 2026-11-29 was a Sunday. */
function weekdayName(day: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2026, 10, 29 + day));
}

/**
 * When cards may come: hours, rest days, how many and how far apart, when the day starts,
 * private windows; what a low day offers first; and learning when cards are welcome.
 */
export function ScheduleSection() {
  return <SettingsSection heading="scheduleHeading" intro="scheduleIntro" Form={ScheduleForm} />;
}

function ScheduleForm({ settings: stored }: { settings: Settings }) {
  const { shown: settings, save, status, error } = useSaveSettings(stored);
  const ids = { from: useId(), until: useId(), cap: useId(), gap: useId(), dayStart: useId(), dayStartHint: useId(), lowDays: useId() };
  const toggleRestDay = (day: (typeof WEEKDAYS)[number], rest: boolean) =>
    void save({ restDays: rest ? [...settings.restDays, day].sort() : settings.restDays.filter((d) => d !== day) });

  return (
    <div class="stack">
      <fieldset class="settings-group">
        <legend>{t('scheduleHours')}</legend>
        <div class="row">
          <ClockField
            id={ids.from}
            label={t('scheduleFrom')}
            minutes={settings.activeFromMinutes}
            onChange={(activeFromMinutes) => void save({ activeFromMinutes })}
          />
          <ClockField
            id={ids.until}
            label={t('scheduleUntil')}
            minutes={settings.activeUntilMinutes}
            onChange={(activeUntilMinutes) => void save({ activeUntilMinutes })}
          />
        </div>
      </fieldset>

      <fieldset class="settings-group">
        <legend>{t('scheduleRestDays')}</legend>
        <p class="muted">{t('scheduleRestDaysHint')}</p>
        <div class="choices">
          {WEEKDAYS.map((day) => (
            <label key={day} class="choice">
              <input type="checkbox" checked={settings.restDays.includes(day)} onChange={(e) => toggleRestDay(day, e.currentTarget.checked)} />
              {weekdayName(day)}
            </label>
          ))}
        </div>
      </fieldset>

      <ChoiceField
        id={ids.cap}
        label={t('scheduleCap')}
        value={settings.dailyCap}
        options={CAPS}
        optionLabel={(cap) => t(cap === 1 ? 'scheduleCapOne' : 'scheduleCapMany', formatNumber(cap))}
        onChange={(dailyCap) => void save({ dailyCap })}
      />
      <ChoiceField
        id={ids.gap}
        label={t('scheduleGap')}
        value={settings.cooldownMinutes}
        options={[...new Set([...GAPS, settings.cooldownMinutes])].sort((a, b) => a - b)}
        optionLabel={(gap) => (gap < 60 ? t('scheduleGapMinutes', formatNumber(gap)) : t('scheduleGapHours', formatNumber(gap / 60)))}
        onChange={(cooldownMinutes) => void save({ cooldownMinutes })}
      />
      <ClockField
        id={ids.dayStart}
        label={t('scheduleDayStarts')}
        hint={{ id: ids.dayStartHint, text: t('scheduleDayStartsHint') }}
        minutes={settings.dayStartsAtMinutes}
        onChange={(dayStartsAtMinutes) => void save({ dayStartsAtMinutes })}
      />

      <SwitchField
        label={t('schedulePrivateWindows')}
        hint={t('schedulePrivateWindowsHint')}
        checked={settings.inPrivateWindows}
        onChange={(inPrivateWindows) => void save({ inPrivateWindows })}
      />

      <fieldset class="settings-group" aria-describedby={ids.lowDays}>
        <legend>{t('lowDaysHeading')}</legend>
        <p id={ids.lowDays} class="muted">
          {t('lowDaysHint')}
        </p>
        <div class="choices">
          {([true, false] as const).map((rests) => (
            <label key={String(rests)} class="choice">
              <input type="radio" name="low-days" checked={settings.lowEnergyRests === rests} onChange={() => void save({ lowEnergyRests: rests })} />
              {t(rests ? 'lowDaysRestFirst' : 'lowDayTiny')}
            </label>
          ))}
        </div>
      </fieldset>

      <LearningSetting settings={settings} save={save} />

      <StatusLine status={status} error={error} />
    </div>
  );
}

/** A time of day, shown as the clock reads it and told as minutes after midnight; a time half typed is not told. */
function ClockField({
  id,
  label,
  hint,
  minutes,
  onChange,
}: {
  id: string;
  label: string;
  hint?: { id: string; text: string };
  minutes: number;
  onChange(minutes: number): void;
}) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="time"
          value={toClock(minutes)}
          onChange={(e) => {
            const set = fromClock(e.currentTarget.value);
            if (set !== undefined) onChange(set);
          }}
        />
      )}
    </Field>
  );
}
