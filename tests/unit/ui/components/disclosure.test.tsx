import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Disclosure } from '../../../../src/ui/components/Disclosure';

const REASON = 'You have not written in a while.';

/** A disclosure that keeps whether it is open itself. */
function Reason() {
  return <Disclosure class="why" buttonClass="button" label="Why this?" panel={(panelId) => <p id={panelId}>{REASON}</p>} />;
}

/** A disclosure whose caller keeps whether it is open, and can close it from outside. */
function KeptReason() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Disclosure
        class="why"
        buttonClass="button"
        label="Why this?"
        open={open}
        onToggle={() => setOpen(!open)}
        panel={(panelId) => <p id={panelId}>{REASON}</p>}
      />
      <button type="button" onClick={() => setOpen(false)}>
        Done
      </button>
    </>
  );
}

describe('a disclosure kept by its caller', () => {
  it('closes when the caller closes it', () => {
    render(<KeptReason />);
    const button = screen.getByRole('button', { name: 'Why this?' });
    fireEvent.click(button);
    expect(screen.getByText(REASON)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(REASON)).toBeNull();
  });
});

describe.each([
  ['keeping its own state', Reason],
  ['kept by its caller', KeptReason],
])('a disclosure %s', (_, Reason) => {
  it('says it is closed and names no panel while the panel is not on the page', () => {
    render(<Reason />);
    const button = screen.getByRole('button', { name: 'Why this?' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText(REASON)).toBeNull();
  });

  it('opens its panel and names it, and closes it again', () => {
    render(<Reason />);
    const button = screen.getByRole('button', { name: 'Why this?' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByText(REASON);
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.id).not.toBe('');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(screen.queryByText(REASON)).toBeNull();
  });
});
