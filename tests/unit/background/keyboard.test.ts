import { focusCardIn } from '../../../src/background/keyboard';
import { fakeBrowser } from '../../support/fake-browser';

describe('the go-to-the-card shortcut', () => {
  it('asks the top frame of the tab it was pressed in to move the keyboard', async () => {
    await focusCardIn({ id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(9, { smallHellosFocus: true }, { frameId: 0 });
  });

  it('does nothing without a tab, and never fails on a tab with no card', async () => {
    await focusCardIn(undefined);
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
    fakeBrowser.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(focusCardIn({ id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false })).resolves.toBeUndefined();
  });
});
