import * as v from 'valibot';
import { customSiteId } from './custom-sites';
import { LINE_LIMITS } from './crisis-lines';
import { isCustomSiteId, MOMENT_KINDS, SITES, type CustomSiteId, type SiteId } from './moments';
import { timestamp, type Same } from './schema-parts';
import { CORNERS, defaultSettings, HISTORY_KEEPS, PHONE_PLACES, type Corner, type Settings } from './settings';
import { ENERGY_ANSWERS } from './energy';

/**
 * What a stored or imported settings row may hold, field by field. The options page checks
 * every change against it before writing, and an imported file is refused unless its
 * settings pass it whole.
 */
const MINUTES_IN_DAY = 24 * 60;
/** More than anyone adds by hand; a file with more is not one of ours. */
export const MAX_CUSTOM_SITES = 50;

const entryCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MINUTES_IN_DAY - 1));
const catalogueIds = SITES.map((site) => site.id);
export const siteIdSchema = v.custom<SiteId>(
  (input) => typeof input === 'string' && ((catalogueIds as readonly string[]).includes(input) || isCustomSiteId(input)),
  'not a known site',
);

const customSiteSchema = v.pipe(
  v.strictObject({
    id: v.custom<CustomSiteId>((input) => typeof input === 'string' && isCustomSiteId(input), 'not a site you added'),
    origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/)),
    kind: v.picklist(MOMENT_KINDS),
    addedAt: timestamp,
  }),
  v.check((site) => site.id === customSiteId(site.kind, new URL(site.origin).host), 'the site id does not match its address'),
);

const entries = {
  activeFromMinutes: minuteOfDay,
  activeUntilMinutes: minuteOfDay,
  dayStartsAtMinutes: minuteOfDay,
  dailyCap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  cooldownMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MINUTES_IN_DAY)),
  mutedUntil: timestamp,
  snoozedUntil: timestamp,
  disabledSites: v.pipe(v.array(siteIdSchema), v.maxLength(catalogueIds.length + MAX_CUSTOM_SITES)),
  cardCorners: v.pipe(
    v.record(v.string(), v.picklist(CORNERS)),
    v.check((corners) => Object.keys(corners).every((id) => v.is(siteIdSchema, id)), 'a card corner names an unknown site'),
    v.transform((corners) => corners as Partial<Record<SiteId, Corner>>),
  ),
  cardPlaceOnPhone: v.picklist(PHONE_PLACES),
  inPrivateWindows: v.boolean(),
  energyToday: v.strictObject({
    day: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
    level: v.picklist(ENERGY_ANSWERS),
    askedOnCard: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  lowEnergyRests: v.boolean(),
  learningOn: v.boolean(),
  restDays: v.pipe(
    v.array(v.picklist([0, 1, 2, 3, 4, 5, 6] as const)),
    v.maxLength(7),
    v.check((days) => new Set(days).size === days.length, 'a rest day is listed twice'),
  ),
  customSites: v.pipe(v.array(customSiteSchema), v.maxLength(MAX_CUSTOM_SITES)),
  keepHistory: v.picklist(HISTORY_KEEPS),
  intentionDay: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  ideasAnywayAt: timestamp,
  supportCountry: v.pipe(v.string(), v.regex(/^([A-Z]{2})?$/)),
  supportLines: v.nullable(
    v.pipe(
      v.array(
        v.strictObject({
          name: v.pipe(v.string(), v.minLength(1), v.maxLength(LINE_LIMITS.name)),
          reach: v.pipe(v.string(), v.minLength(1), v.maxLength(LINE_LIMITS.reach)),
        }),
      ),
      v.maxLength(LINE_LIMITS.lines),
    ),
  ),
  savedCopy: v.strictObject({ at: timestamp, entries: entryCount, offerSetAsideAt: entryCount }),
};

/**
 * Hours that start and end at the same time would mean no hours at all; only 00:00 to
 * 00:00 is allowed, and means the whole day (see core/time.ts isWithinHours).
 */
export function hoursAreUsable({ activeFromMinutes, activeUntilMinutes }: Pick<Settings, 'activeFromMinutes' | 'activeUntilMinutes'>): boolean {
  return activeFromMinutes !== activeUntilMinutes || activeFromMinutes === 0;
}
const SAME_HOURS = 'active hours start and end at the same time';

/** A whole settings row, as an export holds it. */
export const settingsSchema = v.pipe(
  v.strictObject(entries),
  v.check((settings) => hoursAreUsable(settings), SAME_HOURS),
);

/** Some settings changed at once, as the options page writes them. */
export const settingsChangesSchema = v.partial(v.strictObject(entries));

/** A schema for every field and no more: this line stops compiling when Settings gains a field the schema lacks. */
const schemaMatchesSettings: Same<v.InferOutput<typeof settingsSchema>, Settings> = true;
void schemaMatchesSettings;

/** A refused change or row: the first wrong field, and the rule across fields it broke, if that was the trouble. */
export type SettingsProblem = { ok: false; field: string; rule?: 'same-hours' };

/**
 * Checks some changes to the settings, field by field, and, when they change the hours,
 * the hours they leave together with the `current` settings. The first wrong field is named.
 */
export function checkSettingsChanges(
  changes: unknown,
  current?: Pick<Settings, 'activeFromMinutes' | 'activeUntilMinutes'>,
): { ok: true; value: Partial<Settings> } | SettingsProblem {
  const result = v.safeParse(settingsChangesSchema, changes);
  if (!result.success) return { ok: false, field: v.getDotPath(result.issues[0]) ?? 'settings' };
  const value = result.output as Partial<Settings>;
  const changesHours = value.activeFromMinutes !== undefined || value.activeUntilMinutes !== undefined;
  if (current && changesHours && !hoursAreUsable({ ...current, ...value })) {
    return { ok: false, field: value.activeUntilMinutes !== undefined ? 'activeUntilMinutes' : 'activeFromMinutes', rule: 'same-hours' };
  }
  return { ok: true, value };
}

/** Checks a whole settings row, as an import brings it; fields it lacks (a file from an older version) take their defaults. */
export function checkWholeSettings(stored: unknown): { ok: true; value: Settings } | SettingsProblem {
  if (typeof stored !== 'object' || stored === null) return { ok: false, field: 'settings' };
  const result = v.safeParse(settingsSchema, { ...defaultSettings, ...stored });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  if (issue.message === SAME_HOURS) return { ok: false, field: 'activeUntilMinutes', rule: 'same-hours' };
  return { ok: false, field: v.getDotPath(issue) ?? 'settings' };
}
