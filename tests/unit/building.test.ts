import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

describe('BUILDING.md, for the Firefox add-on review', () => {
  it('names every library bundled into the extension', () => {
    const building = readFileSync('BUILDING.md', 'utf8');
    for (const library of Object.keys(packageJson.dependencies)) expect(building).toContain(`\`${library}\``);
  });
});
