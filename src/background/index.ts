/**
 * The service worker only wires events to handlers. Listeners are registered at the top
 * level so that a worker woken by an event finds them; no state is kept in globals.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { handleCommand } from './keyboard';
import { handleMessage } from './router';
import { followStoredState } from '../toolbar/follow';
import { welcomeOnInstall } from './own-pages';
import { ensureAlarms, ensureUpkeepAlarm, handleAlarm } from './alarms';
import { runUpkeep } from './upkeep';
import { runAskToKeepStorage } from '../storage-kept';
import { handleSyncStorageChange } from './sync';
import { optionalApi } from '../optional-apis';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

// The synced copy changed (another computer's edit, or sync turned off there).
browser.storage.onChanged.addListener(handleSyncStorageChange);

// Firefox for Android has no keyboard shortcuts and no `commands` API: the rest still starts.
optionalApi('commands')?.onCommand.addListener((command, tab) => void handleCommand(command, tab));

browser.alarms.onAlarm.addListener(handleAlarm);

browser.runtime.onStartup.addListener(() => {
  runAskToKeepStorage();
  runUpkeep(Date.now());
  ensureAlarms(Date.now());
});
browser.runtime.onInstalled.addListener((details) => {
  runAskToKeepStorage();
  runUpkeep(Date.now());
  ensureAlarms(Date.now());
  welcomeOnInstall(details).catch((error: unknown) => console.error('Small Hellos could not open its welcome', error));
});

// A site's permission taken back in the browser's own settings: its script stops too.
browser.permissions.onRemoved.addListener(() => runUpkeep(Date.now()));

// Whatever the background itself writes, the toolbar button follows (src/toolbar/follow.ts);
// its first reading sets the end of a quiet time and the next ritual's alarm again.
followStoredState();
// The browser wakes the background for any event above, not only when it starts: each
// wake makes sure the daily upkeep is still set.
ensureUpkeepAlarm();
