/**
 * The settings page opens from any extension page, in any browser: where the browser's own
 * way is missing or refuses, as an ordinary tab of the manifest's settings page.
 */
import { openSettingsPage } from '../../src/open-options';
import { fakeBrowser } from '../support/fake-browser';

const SETTINGS_TAB = { url: 'chrome-extension://test-extension/src/ui/options/index.html' };

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [{ js: ['src/content/index.js'] }],
    options_ui: { page: 'src/ui/options/index.html' },
  } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening the settings page', () => {
  it('asks the browser to open its settings page where it can', async () => {
    await openSettingsPage();
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });

  it('opens the settings page as a tab in a browser without runtime.openOptionsPage', async () => {
    const { openOptionsPage } = fakeBrowser.runtime;
    Reflect.deleteProperty(fakeBrowser.runtime, 'openOptionsPage');
    try {
      await openSettingsPage();
    } finally {
      Object.assign(fakeBrowser.runtime, { openOptionsPage });
    }
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith(SETTINGS_TAB);
  });

  it('opens the settings page as a tab when the browser refuses to open it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.openOptionsPage.mockRejectedValueOnce(new Error('Could not open the options page'));
    await openSettingsPage();
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith(SETTINGS_TAB);
  });

  it('lets the caller say so when no tab can be opened either', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.runtime.openOptionsPage.mockRejectedValueOnce(new Error('Could not open the options page'));
    fakeBrowser.tabs.create.mockRejectedValueOnce(new Error('No tabs here'));
    await expect(openSettingsPage()).rejects.toThrow('No tabs here');
  });
});
