import * as v from 'valibot';
import { parseBirthday } from './birthday';
import { CHANNELS } from './compose';
import { AWKWARDNESS } from './expectations';
import { MAX_HELLO_LINE, type Hello } from './hellos';
import { FEELINGS, MAX_NOTE_LENGTH, MAX_REFLECTION_LENGTH, type Nudge, type NudgeStatus } from './nudge';
import { DETAIL_KINDS, HANDLE_SITES, LIMITS, PREFERRED_CHANNELS, RHYTHMS, type HandleSite, type Person } from './people';
import { OUTLOOK_HOSTS } from './moments';
import { MAX_RITUAL_WHAT, RITUAL_EVERY, type Ritual } from './rituals';
import { siteIdSchema } from './settings-schema';
import { isProfileLinkOf } from './backup-links';
import { day, rowId as id, timestamp, type Same, type Stored } from './schema-parts';

/**
 * What each row of a backup may hold, table by table (the settings row is checked by
 * settings-schema.ts). Every object is strict: a field Small Hellos never writes is refused.
 */
const STATUSES = ['shown', 'writing', 'sent', 'dismissed', 'snoozed', 'muted'] as const satisfies readonly NudgeStatus[];
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const handle = text(LIMITS.handle);

const memorySchema = v.strictObject({
  id: text(100),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.memory)),
  kind: v.picklist(DETAIL_KINDS),
  date: v.optional(day),
});

export const personSchema = v.strictObject({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  callName: text(LIMITS.callName),
  email: v.optional(text(LIMITS.email)),
  phone: v.optional(text(LIMITS.phone)),
  birthday: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => parseBirthday(value) !== undefined, 'not a birthday'),
    ),
  ),
  handles: v.strictObject(
    Object.fromEntries(HANDLE_SITES.map((site) => [site, v.optional(handle)])) as Record<HandleSite, v.OptionalSchema<typeof handle, undefined>>,
  ),
  rhythm: v.picklist(RHYTHMS),
  preferredChannel: v.picklist(PREFERRED_CHANNELS),
  memories: v.pipe(v.array(memorySchema), v.maxLength(LIMITS.memories)),
  archived: v.boolean(),
  createdAt: timestamp,
  lastContactedAt: v.optional(timestamp),
});

const suggestionSchema = v.strictObject({
  templateId: text(100),
  prompt: text(1000),
  draft: text(MAX_NOTE_LENGTH),
  personId: v.optional(id),
  personName: v.optional(text(LIMITS.name)),
  memoryId: v.optional(text(100)),
  why: v.optional(text(1000)),
  email: v.optional(text(LIMITS.email)),
  phone: v.optional(text(LIMITS.phone)),
  profileUrl: v.optional(text(600)),
  preferredChannel: v.optional(v.picklist(PREFERRED_CHANNELS)),
  subject: v.optional(text(500)),
  noPeopleYet: v.optional(v.literal(true)),
});

export const nudgeSchema = v.pipe(
  v.strictObject({
    id,
    origin: v.picklist(['page', 'popup']),
    site: v.optional(siteIdSchema),
    shownAt: timestamp,
    day,
    suggestion: suggestionSchema,
    status: v.picklist(STATUSES),
    updatedAt: timestamp,
    channel: v.optional(v.picklist(CHANNELS)),
    finalText: v.optional(text(MAX_NOTE_LENGTH)),
    sentAt: v.optional(timestamp),
    feeling: v.optional(v.picklist(FEELINGS)),
    genuineNote: v.optional(text(MAX_REFLECTION_LENGTH)),
    tried: v.optional(v.strictObject({ templateIds: v.pipe(v.array(text(100)), v.maxLength(50)), personIds: v.pipe(v.array(id), v.maxLength(50)) })),
    mailbox: v.optional(
      v.strictObject({
        gmailAccount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
        outlookHost: v.optional(v.picklist(OUTLOOK_HOSTS)),
      }),
    ),
    expectedAwkward: v.optional(v.picklist(AWKWARDNESS)),
    actualAwkward: v.optional(v.picklist(AWKWARDNESS)),
  }),
  // The link is opened when the person picks "profile": only one Small Hellos itself would make for the entry's site.
  v.forward(
    v.check(({ site, suggestion }) => suggestion.profileUrl === undefined || isProfileLinkOf(site, suggestion.profileUrl), 'not a profile link of this site'),
    ['suggestion', 'profileUrl'],
  ),
);

export const helloSchema = v.strictObject({
  id,
  at: timestamp,
  day,
  personId: v.optional(id),
  personName: v.optional(text(LIMITS.name)),
  line: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_HELLO_LINE))),
  ritualId: v.optional(id),
});

export const ritualSchema = v.strictObject({
  id,
  what: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_RITUAL_WHAT)),
  personId: v.optional(id),
  weekday: v.picklist([0, 1, 2, 3, 4, 5, 6] as const),
  every: v.picklist(RITUAL_EVERY),
  createdAt: timestamp,
  doneDay: v.optional(day),
  letGoDay: v.optional(day),
  notifiedDay: v.optional(day),
});

/** These stop compiling when a row's type gains a field its schema above does not know. */
const schemasMatchTypes: [
  Same<v.InferOutput<typeof personSchema>, Stored<Person>>,
  Same<v.InferOutput<typeof nudgeSchema>, Stored<Nudge>>,
  Same<keyof v.InferOutput<typeof helloSchema>, keyof Stored<Hello>>,
  Same<keyof v.InferOutput<typeof ritualSchema>, keyof Stored<Ritual>>,
] = [true, true, true, true];
void schemasMatchTypes;
