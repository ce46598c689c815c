import { describe, expect, it } from 'vitest';
import manifestJson from '../../manifest.json' with { type: 'json' };
import packageJson from '../../package.json' with { type: 'json' };
import { FOCUS_CARD_COMMAND } from '../../src/commands';
import { GECKO_ID } from '../../manifest.firefox';
import { manifestFor } from '../../manifests';

interface BuiltManifest {
  version?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
}

const chrome = manifestFor('chrome') as BuiltManifest;
const firefox = manifestFor('firefox') as BuiltManifest;

describe('the manifest of each build', () => {
  it('takes its version from package.json, the one place it is written', () => {
    expect('version' in manifestJson).toBe(false);
    expect(chrome.version).toBe(packageJson.version);
    expect(firefox.version).toBe(packageJson.version);
    expect((manifestFor('firefox', '1.2.3') as BuiltManifest).version).toBe('1.2.3');
  });

  it('runs the background in Chrome as a service worker and in Firefox as event-page scripts, the same module', () => {
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('gives Firefox its add-on id, says nothing is collected unless sync is turned on (then personal data, optional), and declares the lowest versions that know these keys', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(GECKO_ID).toBe('small-hellos@small-hellos');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('opens the popup with Alt+Shift+H and moves into the card with Alt+Shift+J, in both builds', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+H');
      expect(manifest.commands?.[FOCUS_CARD_COMMAND]?.suggested_key?.default).toBe('Alt+Shift+J');
      expect(Object.keys(manifest.commands ?? {}).sort()).toEqual(['_execute_action', FOCUS_CARD_COMMAND].sort());
      for (const command of Object.values(manifest.commands ?? {})) expect(command.description).toMatch(/^__MSG_\w+__$/);
    }
  });
});
