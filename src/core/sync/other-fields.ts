import * as v from 'valibot';
import { ritualSchema } from '../backup-rows';
import { isCustomSiteId, type SiteId } from '../moments';
import type { Ritual } from '../rituals';
import { checkSettingsChanges } from '../settings-schema';
import type { Corner, Settings } from '../settings';
import type { Json } from './record';

/**
 * Rituals and settings as the fields of sync records, and back.
 */

/** A ritual's person travels as that person's record id; the local row id means nothing elsewhere. */
export type RitualValues = Omit<Ritual, 'id' | 'personId' | 'notifiedDay'> & { person?: string };

export function ritualToFields(ritual: RitualValues): Record<string, Json> {
  const fields: Record<string, Json> = { what: ritual.what, weekday: ritual.weekday, every: ritual.every, createdAt: ritual.createdAt };
  if (ritual.person !== undefined) fields.person = ritual.person;
  if (ritual.doneDay !== undefined) fields.doneDay = ritual.doneDay;
  if (ritual.letGoDay !== undefined) fields.letGoDay = ritual.letGoDay;
  return fields;
}

const syncedRitual = v.omit(ritualSchema, ['id', 'personId', 'notifiedDay']);

/** The ritual the fields describe, checked; `undefined` when they do not make a valid one. */
export function ritualFromFields(fields: Readonly<Record<string, Json>>): RitualValues | undefined {
  const { person, ...rest } = fields;
  const checked = v.safeParse(syncedRitual, rest);
  if (!checked.success) return undefined;
  return { ...checked.output, ...(typeof person === 'string' ? { person } : {}) };
}

/**
 * Which settings travel. Preferences do; how today is going stays on the computer where
 * the person said it (resting, a snooze, today's energy and intention), and so do the
 * sites they added, each allowed by this browser alone. A new setting does not compile
 * until it is placed here.
 */
export const SETTINGS_SYNC = {
  activeFromMinutes: true,
  activeUntilMinutes: true,
  dayStartsAtMinutes: true,
  dailyCap: true,
  cooldownMinutes: true,
  disabledSites: true,
  cardCorners: true,
  cardPlaceOnPhone: true,
  inPrivateWindows: true,
  lowEnergyRests: true,
  restDays: true,
  keepHistory: true,
  supportCountry: true,
  supportLines: true,
  mutedUntil: false,
  snoozedUntil: false,
  energyToday: false,
  customSites: false,
  intentionDay: false,
  ideasAnywayAt: false,
  // What was learned stays on the computer where it was learned, and so does whether to learn.
  learningOn: false,
  // When this computer's copy was saved, a file kept here: another computer keeps its own.
  savedCopy: false,
} as const satisfies Record<keyof Settings, boolean>;

type SyncedKey = { [K in keyof Settings]: (typeof SETTINGS_SYNC)[K] extends true ? K : never }[keyof Settings];
const SYNCED_KEYS = (Object.keys(SETTINGS_SYNC) as (keyof Settings)[]).filter((key): key is SyncedKey => SETTINGS_SYNC[key]);

/** The one settings record has the same id everywhere. */
export const SETTINGS_RECORD_ID = 'settings';

/** Switches and corners of sites added here stay here, like the sites. */
const catalogueOnly = (site: string) => !isCustomSiteId(site);

export function settingsToFields(settings: Settings): Record<string, Json> {
  const fields: Record<string, Json> = {};
  for (const key of SYNCED_KEYS) fields[key] = settings[key] as Json;
  fields.disabledSites = settings.disabledSites.filter(catalogueOnly);
  fields.cardCorners = Object.fromEntries(Object.entries(settings.cardCorners).filter(([site]) => catalogueOnly(site))) as Json;
  return fields;
}

/**
 * The settings the fields describe, laid over those here: each field checked as the
 * options page checks a change, a refused one left as it is here. The sites added here
 * keep their switches and corners.
 */
export function settingsFromFields(fields: Readonly<Record<string, Json>>, here: Settings): Settings {
  const changes = Object.fromEntries(SYNCED_KEYS.filter((key) => key in fields).map((key) => [key, fields[key]]));
  const whole = checkSettingsChanges(changes, here);
  let next = whole.ok ? { ...here, ...whole.value } : here;
  // Something refused: keep what can be kept, one field at a time.
  if (!whole.ok) {
    for (const [key, value] of Object.entries(changes)) {
      const checked = checkSettingsChanges({ [key]: value }, next);
      if (checked.ok) next = { ...next, ...checked.value };
    }
  }
  const ownSites = here.disabledSites.filter((site) => !catalogueOnly(site));
  const ownCorners = Object.entries(here.cardCorners).filter(([site]) => !catalogueOnly(site)) as [SiteId, Corner][];
  return {
    ...next,
    disabledSites: [...next.disabledSites.filter(catalogueOnly), ...ownSites],
    cardCorners: { ...Object.fromEntries(Object.entries(next.cardCorners).filter(([site]) => catalogueOnly(site))), ...Object.fromEntries(ownCorners) },
  };
}
