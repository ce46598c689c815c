import * as v from 'valibot';
import type { NudgeStatus, Suggestion } from './core/nudge';
import { nudgeStepSchema } from './core/nudge-step';
import { LOW_DAY_CHOICES, type LowDayChoice } from './core/energy';
import type { SiteId } from './core/moments';
import type { SkipReason } from './core/policy';
import { ARRIVALS } from './core/return-moment';
import { CORNERS, QUIET_CHANGES, type Corner, type PhonePlace } from './core/settings';
import { ENERGY_ANSWERS } from './core/energy';
import type { Mailbox } from './core/compose';
import type { Awkwardness } from './core/expectations';

/**
 * The one message contract between the extension's contexts. Every request names its
 * `type`; the background validates the shape and the sender before acting, and answers
 * with a `Reply`: a value, or an error code the UI turns into plain words.
 */
/** `storage-full`: the browser has no room left for the extension's data; `storage-failed`: any other trouble with it. */
export type ErrorCode = 'bad-message' | 'bad-sender' | 'not-found' | 'step-not-allowed' | 'storage-full' | 'storage-failed';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

/**
 * `displayBy`, when the background could put it in the page: the custom property of the
 * extension's own stylesheet that displays the card's host, so the card leaves with that
 * sheet (src/background/card-sheet.ts).
 */
/** `same-moment`: not a new moment: a return too soon, a move that is not into the inbox or the feed, or too soon after the site's last moment (core/return-moment.ts). */
export type MomentReply =
  { show: false; reason: SkipReason | 'same-moment' } | { show: true; nudgeId: number; corner: Corner; phonePlace: PhonePlace; displayBy?: string };
/** How a card's sheet names its custom property: new for each card, saying nothing of the extension. */
export const CARD_SHEET_PROPERTY = /^--[a-z]{8}$/;

/**
 * What the card and the popup may know of an idea: neither keeps it in a database of its
 * own; both ask the background, which alone writes it.
 */
export interface NudgeView {
  readonly id: number;
  readonly status: NudgeStatus;
  readonly site?: SiteId;
  readonly suggestion: Suggestion;
  readonly finalText?: string;
  /** How many more times "Another idea" may be asked. */
  readonly otherIdeasLeft: number;
  /** The mailbox the card's page belongs to, for its compose window. */
  readonly mailbox?: Mailbox;
  /** Today's energy is still to be asked (once a day, on the first card or popup). */
  readonly askEnergy?: true;
  /** With the question: what the person chose on their last Low day, offered first again. */
  readonly lowDayFirst?: LowDayChoice;
  /** A channel was used already (Copy, a compose window): "I sent it" is the next step. */
  readonly channelUsed?: true;
  /** How awkward the person expected this note to feel, when they said it while writing. */
  readonly expectedAwkward?: Awkwardness;
}

const nudgeId = v.pipe(v.number(), v.integer(), v.minValue(1));
/** Pages of the extension another page may ask to open: the support note, the welcome. */
export const OWN_PAGES = ['support', 'welcome'] as const;
const cardToHost = v.variant('kind', [
  v.strictObject({ kind: v.literal('height'), height: v.pipe(v.number(), v.minValue(0), v.maxValue(100_000)) }),
  v.strictObject({ kind: v.literal('corner'), corner: v.picklist(CORNERS) }),
  v.strictObject({ kind: v.literal('close') }),
  /** Where the browser cannot tell the card itself: can the person see it? */
  v.strictObject({ kind: v.literal('check-seen') }),
  /** Nobody came to the card for a long while: it leaves, and the nudge nobody used is forgotten (`card-unseen`). */
  v.strictObject({ kind: v.literal('put-away') }),
  /** The card has been in plain view long enough: from now on, leaving the page leaves a card that was seen. */
  v.strictObject({ kind: v.literal('seen') }),
]);

/** An address in the page, as the content script saw it. */
const address = v.pipe(v.string(), v.maxLength(4096));

export const requestSchema = v.variant('type', [
  /**
   * The content script's tab was opened, came back into view (from another tab, or the
   * back/forward cache), or moved within the page from one address to another.
   */
  v.strictObject({ type: v.literal('moment'), arrival: v.optional(v.picklist(ARRIVALS)), from: v.optional(address), to: v.optional(address) }),
  /** The content script's tab went out of view: coming back a minute or more later is a moment again. */
  v.strictObject({ type: v.literal('moment-away') }),
  v.strictObject({ type: v.literal('nudge-get'), id: nudgeId }),
  /** The popup's idea for today: a card open on a page, a note left unfinished, or a new one (origin popup). */
  v.strictObject({ type: v.literal('nudge-today') }),
  v.strictObject({ type: v.literal('nudge-step'), id: nudgeId, step: nudgeStepSchema }),
  /** "Another idea": a different person or message on the same card. */
  v.strictObject({ type: v.literal('nudge-another'), id: nudgeId }),
  /** What was learned of the moment this card came, for its Why this?. */
  v.strictObject({ type: v.literal('why-now'), id: nudgeId }),
  /**
   * Today's energy, told once a day from a card or the popup. With the idea's id, that idea
   * is chosen again to fit. A Low answer rests nothing by itself: the person chooses next.
   */
  v.strictObject({ type: v.literal('energy'), level: v.picklist(ENERGY_ANSWERS), id: v.optional(nudgeId) }),
  /** After a Low answer, the person's choice: rest today (the cards rest, the idea with them), or one tiny idea. Remembered. */
  v.strictObject({ type: v.literal('low-day'), choice: v.picklist(LOW_DAY_CHOICES), id: v.optional(nudgeId) }),
  /** The card's word to the content script hosting it: its height, corner, close. */
  v.strictObject({ type: v.literal('card-host'), id: nudgeId, message: cardToHost }),
  /** The card moved to the other corner: remembered for its site. */
  v.strictObject({ type: v.literal('card-corner'), id: nudgeId, corner: v.picklist(CORNERS) }),
  /** The content script gave up on a card the page kept taking away, or nobody came to it: it was never used. */
  v.strictObject({ type: v.literal('card-unseen'), id: nudgeId }),
  /** The card has left its page: the stylesheet that showed it (`displayBy`) goes too. */
  v.strictObject({ type: v.literal('card-gone'), displayBy: v.pipe(v.string(), v.regex(CARD_SHEET_PROPERTY)) }),
  /** "No cards on this site", from the card's menu: its site is switched off and the card put away. */
  v.strictObject({ type: v.literal('site-off'), id: nudgeId }),
  /** The popup quiets the cards or lets them back; the toolbar title and open cards follow. */
  v.strictObject({ type: v.literal('quiet'), change: v.picklist(QUIET_CHANGES) }),
  /** One of the extension's own pages, opened in a tab: the card (a frame) cannot open one itself in every browser. */
  v.strictObject({ type: v.literal('open-page'), page: v.picklist(OWN_PAGES) }),
  /**
   * Rituals were added or changed, or notifications turned on: a ritual due now is told in a
   * notification if the person wants them. (The toolbar follows the stored rituals by itself.)
   */
  v.strictObject({ type: v.literal('rituals-changed') }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type OwnPage = (typeof OWN_PAGES)[number];
export type RequestType = Request['type'];

/**
 * Who may send each request; anyone else is answered `bad-sender` and nothing changes.
 * - `site-script`: the content script in a tab's top frame on a catalogue site, or on a
 *   site the person added while it is listed and its origin still granted;
 * - `site-script-in-tab`: the same, from a tab the background can name;
 * - `own-page`: one of the extension's own pages (the card, the popup, the settings);
 * - `own-card-in-tab`: one of them framed in a tab (only a card on a page has a host).
 */
export type SenderRule = 'site-script' | 'site-script-in-tab' | 'own-page' | 'own-card-in-tab';

export const SENDER_RULES = {
  moment: 'site-script',
  'moment-away': 'site-script-in-tab',
  'card-unseen': 'site-script',
  'card-gone': 'site-script',
  'nudge-get': 'own-page',
  'nudge-today': 'own-page',
  'nudge-step': 'own-page',
  'nudge-another': 'own-page',
  'why-now': 'own-page',
  energy: 'own-page',
  'low-day': 'own-page',
  'card-host': 'own-card-in-tab',
  'card-corner': 'own-page',
  'site-off': 'own-page',
  quiet: 'own-page',
  'open-page': 'own-page',
  'rituals-changed': 'own-page',
} as const satisfies Record<RequestType, SenderRule>;

/** What each request answers. */
export interface Responses {
  moment: MomentReply;
  'moment-away': { noted: true };
  'nudge-get': NudgeView;
  'nudge-today': NudgeView;
  'nudge-step': { status: NudgeStatus };
  'nudge-another': NudgeView;
  /** Nothing for an idea with no moment, or while learning is off. */
  'why-now': { sentence?: string };
  /** The idea it was told on, refitted to the answer. */
  energy: { view?: NudgeView };
  /** The idea it was told on, resting or kept; `resting` when the cards now rest for the day. */
  'low-day': { view?: NudgeView; resting?: true };
  'card-host': { answer?: HostToCard };
  'card-corner': { corner: Corner };
  'card-unseen': { removed: boolean };
  'card-gone': { released: boolean };
  quiet: { quietUntil: number };
  'site-off': { site: SiteId };
  'open-page': { opened: true };
  'rituals-changed': { refreshed: true };
}

export function parseRequest(input: unknown): Request | undefined {
  const result = v.safeParse(requestSchema, input);
  return result.success ? result.output : undefined;
}

/**
 * What the background tells every open extension page at once: the cards are to go quiet
 * (Low energy today or a snooze, chosen anywhere), or an idea changed from outside its
 * card (the popup wrote it), so that an open card follows. Pages ignore anything else.
 */
export type Broadcast = { type: 'cards-quiet' } | { type: 'nudge-changed'; id: number };

/**
 * What the card tells the content script that hosts its frame, and the answer. They never
 * talk through the page's window, which the page hears: the card sends a `card-host`
 * request, and the background hands it to the top frame of the card's own tab
 * (`tabs.sendMessage`, which needs no `tabs` permission). No open port is kept, so a
 * stopped service worker loses nothing. (The content script writes these names out
 * rather than import values from here, so that it does not pull valibot in.)
 */
export type CardToHost = v.InferOutput<typeof cardToHost>;
export type HostToCard = { kind: 'seen'; seen: boolean };
/** The keyboard shortcut, passed to the content script: into the card, or back out. */
export interface FocusCard {
  readonly smallHellosFocus: true;
}

export interface HostDelivery {
  readonly smallHellosCard: number;
  readonly message: CardToHost;
}
