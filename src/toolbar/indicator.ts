import browser from 'webextension-polyfill';
import { nextRitualChange, type Ritual } from '../core/rituals';
import type { RitualSignal } from '../core/ritual-signal';
import { quietState, type Settings } from '../core/settings';
import { ritualsToday } from '../db/ritual-signal';
import { t } from '../i18n';
import { showRitualDot } from './ritual-dot';

/** Wakes the background when a quiet time ends, to put the title back. */
export const QUIET_ENDS_ALARM = 'quiet-ends';
/** Wakes the background when a ritual becomes due, or when today's have had their day. */
export const RITUAL_ALARM = 'ritual-due';

/** What the toolbar button shows depends on these alone. */
export interface ToolbarState {
  readonly settings: Settings;
  readonly rituals: readonly Ritual[];
  /** The rituals due now, and what the toolbar and a notification may say of them. */
  readonly today: { readonly due: Ritual[]; readonly signal: RitualSignal };
}

export async function readToolbarState(now: number): Promise<ToolbarState> {
  const { settings, rituals, due, signal } = await ritualsToday(now);
  return { settings, rituals, today: { due, signal } };
}

/**
 * The toolbar button's title says when Small Hellos is resting or paused, or that a ritual
 * is here today, with a soft dot (only what the popup shows: no dot while resting, or on a
 * day that leads with support); alarms wake the background when that changes next (the
 * service worker may be asleep by then). Any extension page may call this: the action and
 * alarms belong to the whole extension. Returns when the quiet time ends, or 0.
 */
async function showToolbarState({ settings, rituals, today }: ToolbarState, now: number): Promise<number> {
  const quiet = quietState(settings, now);
  const { dot } = today.signal;
  await showRitualDot(dot);
  const nextRitual = nextRitualChange(rituals, now, settings);
  if (nextRitual === undefined) await browser.alarms.clear(RITUAL_ALARM);
  else await browser.alarms.create(RITUAL_ALARM, { when: nextRitual });
  if (quiet.kind === 'none') {
    await browser.alarms.clear(QUIET_ENDS_ALARM);
    await browser.action.setTitle({ title: t(dot ? 'actionTitleRitual' : 'actionTitle') });
    return 0;
  }
  await browser.action.setTitle({ title: t(quiet.kind === 'resting' ? 'actionTitleResting' : 'actionTitlePaused') });
  await browser.alarms.create(QUIET_ENDS_ALARM, { when: quiet.until });
  return quiet.until;
}

/** Held by one toolbar refresh at a time, in every context of the extension (the background, the popup, the settings). */
const TOOLBAR_LOCK = 'small-hellos-toolbar';

/**
 * Reads what is stored and shows it, one refresh at a time across every extension context,
 * so that an older refresh finishing late (it read the settings before a rest was written)
 * cannot clear the title or the alarm a newer one set. Returns the state shown and when
 * the quiet time ends (or 0).
 */
export async function refreshToolbarState(now: number): Promise<{ state: ToolbarState; quietUntil: number }> {
  const refresh = async () => {
    const state = await readToolbarState(now);
    return { state, quietUntil: await showToolbarState(state, now) };
  };
  // Where a browser has no Web Locks, refreshes may overlap, as they always could there.
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(TOOLBAR_LOCK, refresh) : refresh();
}

/** The toolbar as the stored settings, rituals and feelings say now; returns when the quiet time ends, or 0. */
export async function refreshToolbar(now: number): Promise<number> {
  return (await refreshToolbarState(now)).quietUntil;
}
