/**
 * The service worker only wires events to handlers. Listeners are registered at the top
 * level so that a worker woken by an event finds them; no state is kept in globals.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { handleCommand } from './keyboard';
import { handleMessage } from './router';
import { followStoredState } from '../toolbar/follow';
import { QUIET_ENDS_ALARM, refreshToolbar, RITUAL_ALARM } from '../toolbar/indicator';
import { welcomeOnInstall } from './own-pages';
import { runRitualRefresh } from './rituals';
import { runUpkeep, scheduleUpkeep, UPKEEP_ALARM } from './upkeep';
import { handleSyncStorageChange, runSyncRound } from './sync';
import { SYNC_ALARM } from '../sync/schedule';
import { optionalApi } from '../optional-apis';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

// The synced copy changed (another computer's edit, or sync turned off there).
browser.storage.onChanged.addListener(handleSyncStorageChange);

// Firefox for Android has no keyboard shortcuts and no `commands` API: the rest still starts.
optionalApi('commands')?.onCommand.addListener((command, tab) => void handleCommand(command, tab));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === QUIET_ENDS_ALARM) void refreshToolbar(Date.now());
  if (alarm.name === UPKEEP_ALARM) runUpkeep(Date.now());
  if (alarm.name === RITUAL_ALARM) runRitualRefresh(Date.now());
  if (alarm.name === SYNC_ALARM) runSyncRound(Date.now());
});

browser.runtime.onStartup.addListener(() => {
  runUpkeep(Date.now());
  runRitualRefresh(Date.now());
});
browser.runtime.onInstalled.addListener((details) => {
  runUpkeep(Date.now());
  void scheduleUpkeep();
  runRitualRefresh(Date.now());
  welcomeOnInstall(details).catch((error: unknown) => console.error('Small Hellos could not open its welcome', error));
});

// A site's permission taken back in the browser's own settings: its script stops too.
browser.permissions.onRemoved.addListener(() => runUpkeep(Date.now()));

// Whatever the background itself writes, the toolbar button follows (src/toolbar/follow.ts).
followStoredState();
