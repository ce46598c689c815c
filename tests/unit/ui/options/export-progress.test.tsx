import { fireEvent, render, screen } from '@testing-library/preact';
import { newNudge } from '../../../../src/core/nudge';
import { db } from '../../../../src/db/database';
import { ExportBackup } from '../../../../src/ui/options/data/ExportBackup';

describe('Export everything', () => {
  it('shows how far it has come for a long history, and that the file is ready', async () => {
    const start = new Date(2025, 0, 1).getTime();
    await db.nudges.bulkAdd(
      Array.from({ length: 5000 }, (_, i) =>
        newNudge({ origin: 'popup', suggestion: { templateId: 'ch_hello', prompt: `Idea ${i}`, draft: 'Hello.' } }, start + i * 60_000, 240),
      ),
    );
    const said: string[] = [];
    const watcher = new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) said.push(`${bar.parentElement?.textContent ?? ''} [${bar.getAttribute('value')}/${bar.getAttribute('max')}]`);
    });
    watcher.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    URL.createObjectURL ??= () => 'blob:export';
    render(<ExportBackup />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(await screen.findByText('Your file is ready: your browser saves it like any download.', undefined, { timeout: 10_000 })).toBeTruthy();
    watcher.disconnect();

    // From the start to the last entry, in words and as a bar.
    expect(said).toContain('Exporting: 0 of 5,000 entries [0/5000]');
    expect(said).toContain('Exporting: 5,000 of 5,000 entries [5000/5000]');
    expect(document.querySelector('progress')).toBeNull();
  }, 20_000);
});
