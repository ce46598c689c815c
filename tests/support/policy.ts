import { decideNudge, type PolicyInput, type PolicyNudge } from '../../src/core/policy';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { SiteId } from '../../src/core/moments';

/**
 * What the policy's tests share: a fixed clock around Wednesday 2026-11-25 (local time;
 * the zone is pinned to Europe/Berlin, so the 28th is a Saturday and the 29th a Sunday).
 */
export const at = (hour: number, minute = 0, day = 25): number => new Date(2026, 10, day, hour, minute).getTime();
export const NOW = at(12, 0);

/** "HH:MM" on the same day. */
export const clock = (time: string): number => {
  const [hour, minute] = time.split(':').map(Number);
  return at(hour ?? NaN, minute ?? NaN);
};

export function input(overrides: { settings?: Partial<Settings>; recentNudges?: PolicyNudge[]; site?: SiteId; now?: number } = {}): PolicyInput {
  return {
    settings: { ...defaultSettings, ...overrides.settings },
    recentNudges: overrides.recentNudges ?? [],
    site: overrides.site ?? 'gmail',
    now: overrides.now ?? NOW,
  };
}

export function pageNudge(shownAt: number, site: SiteId = 'x', status: PolicyNudge['status'] = 'dismissed'): PolicyNudge {
  return { origin: 'page', site, shownAt, status };
}

export function popupNudge(shownAt: number, status: PolicyNudge['status'] = 'shown'): PolicyNudge {
  return { origin: 'popup', shownAt, status };
}

/** The decision in one word: 'show', or the reason for staying quiet. */
export const reason = (policy: PolicyInput): string => {
  const decision = decideNudge(policy);
  return decision.show ? 'show' : decision.reason;
};
