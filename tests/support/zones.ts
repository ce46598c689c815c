/** Time zones far apart, each with its own clock changes (or none: Asia/Kolkata). */
export const ZONES: readonly string[] = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];

/**
 * Runs `check` with the process in another time zone, then puts the pinned one back.
 * Local dates made inside `check` (`new Date(2026, 10, 25, 9)`) are that zone's.
 */
export function inZone(zone: string, check: () => void): void {
  const pinned = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    process.env.TZ = pinned;
  }
}
