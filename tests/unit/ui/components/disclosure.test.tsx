import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Disclosure } from '../../../../src/ui/components/Disclosure';

/** A disclosure as a component uses it: it keeps whether it is open. */
function Reason() {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure
      class="why"
      buttonClass="button"
      label="Why this?"
      open={open}
      onToggle={() => setOpen(!open)}
      panel={(panelId) => <p id={panelId}>You have not written in a while.</p>}
    />
  );
}

describe('a disclosure', () => {
  it('says it is closed and names no panel while the panel is not on the page', () => {
    render(<Reason />);
    const button = screen.getByRole('button', { name: 'Why this?' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText('You have not written in a while.')).toBeNull();
  });

  it('opens its panel and names it, and closes it again', () => {
    render(<Reason />);
    const button = screen.getByRole('button', { name: 'Why this?' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByText('You have not written in a while.');
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.id).not.toBe('');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText('You have not written in a while.')).toBeNull();
  });
});
