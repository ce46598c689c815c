import browser from 'webextension-polyfill';

/**
 * The one module that asks the browser about notifications. The permission is optional
 * (`optional_permissions`): off until the person turns ritual notifications on, asked for
 * only then, and given back when they turn them off. Granted means on.
 */
const NOTIFICATIONS = { permissions: ['notifications'] } as const;

/** Asks for the permission: the browser allows this only in answer to a click, so call it first thing in the handler. */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...NOTIFICATIONS.permissions] });
}

export function hasNotifications(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...NOTIFICATIONS.permissions] });
}

export async function releaseNotifications(): Promise<void> {
  await browser.permissions.remove({ permissions: [...NOTIFICATIONS.permissions] });
}
