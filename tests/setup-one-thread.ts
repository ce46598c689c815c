/**
 * Test files run side by side in threads of one process, and a BroadcastChannel reaches
 * every thread of it: Dexie, which tells other pages of the extension about each write on
 * one, would tell each file's database about the writes of files running beside it. Every
 * test here is one page (or the background) on its own, so the channel goes. This runs
 * before anything imports Dexie, which looks for the channel once, as it loads.
 */
Reflect.deleteProperty(globalThis, 'BroadcastChannel');
