import { beforeAll, describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import manifestJson from '../../../manifest.json' with { type: 'json' };
import { focusCardIn } from '../../../src/background/keyboard';
import { fakeBrowser } from '../../support/fake-browser';

const TAB = { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

describe('the go-to-the-card shortcut', () => {
  let onCommand: (command: string, tab?: Tabs.Tab) => void;

  beforeAll(async () => {
    // The background as the browser starts it: its listeners registered at the top level.
    await import('../../../src/background/index');
    const listener = fakeBrowser.commands.onCommand.addListener.mock.calls[0]?.[0] as typeof onCommand | undefined;
    if (!listener) throw new Error('The background listens to no shortcut');
    onCommand = listener;
  });

  it('moves the keyboard into the card of the tab it was pressed in, by the name the manifest gives it', async () => {
    const [name] = Object.entries(manifestJson.commands).find(([, command]) => command.suggested_key.default === 'Alt+Shift+J') ?? [];
    expect(name).toBeDefined();
    onCommand(name ?? '', TAB);
    await vi.waitFor(() => expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(9, { smallHellosFocus: true }, { frameId: 0 }));
  });

  it('leaves every other command alone (the popup opens by itself)', async () => {
    onCommand('_execute_action', TAB);
    onCommand('something-else', TAB);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('asks the top frame of the tab it was pressed in to move the keyboard', async () => {
    await focusCardIn(TAB);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(9, { smallHellosFocus: true }, { frameId: 0 });
  });

  it('does nothing without a tab, and never fails on a tab with no card', async () => {
    await focusCardIn(undefined);
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
    fakeBrowser.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(focusCardIn({ id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false })).resolves.toBeUndefined();
  });
});
