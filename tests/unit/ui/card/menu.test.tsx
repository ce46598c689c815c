import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { NudgeView, Request } from '../../../../src/messages';
import { fakeBrowser } from '../../../support/fake-browser';
import { SAVE_FAILED, background, card, closed, forAlex, forMaya, freshCardEachTime, fromMenu, noPeopleYet, nudge, renderCard } from './harness';

freshCardEachTime();

/** What the open menu offers, in order. */
async function menuItems(): Promise<string[]> {
  fireEvent.click(await screen.findByRole('button', { name: 'Menu' }));
  return [...document.querySelectorAll('.card-menu__items button')].map((button) => button.textContent ?? '');
}

describe('the card’s menu', () => {
  it('keeps why this, another idea, the other corner and this site behind one button, closed until asked', async () => {
    background(undefined, forMaya);
    renderCard();
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Another idea' })).toBeNull();
    expect(await menuItems()).toEqual(['Why this?', 'Another idea', 'Move to the left corner', 'No cards on this site']);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    // Esc closes the menu, not the card.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Why this?' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Why this?' })).toBeNull();
    expect(closed()).toBe(false);
  });

  it('says why this person, when asked', async () => {
    background(undefined, forMaya);
    renderCard();
    await screen.findByText(forMaya.suggestion.prompt);
    expect(screen.queryByText('You wanted to write to Maya every two weeks.')).toBeNull();
    await fromMenu('Why this?');
    expect(screen.getByText('You wanted to write to Maya every two weeks.')).toBeTruthy();
  });

  it('says, with why this person, what was learned of the moment, asked only then', async () => {
    const asked: Request[] = [];
    const moment = 'You often write a hello in your email on weekday mornings.';
    background((request) => (request.type === 'why-now' ? (asked.push(request), { ok: true, value: { sentence: moment } }) : undefined), forMaya);
    renderCard();
    await screen.findByText(forMaya.suggestion.prompt);
    expect(asked).toEqual([]);
    await fromMenu('Why this?');
    expect(await screen.findByText(moment)).toBeTruthy();
    expect(screen.getByText('You wanted to write to Maya every two weeks.')).toBeTruthy();
    expect(asked).toEqual([{ type: 'why-now', id: forMaya.id }]);
  });

  it('switches its site off and goes on No cards on this site', async () => {
    const sent: Request[] = [];
    background((request) => (request.type === 'site-off' ? (sent.push(request), { ok: true, value: { site: 'gmail' } }) : undefined));
    renderCard();
    await fromMenu('No cards on this site');
    await waitFor(() => expect(closed()).toBe(true));
    expect(sent).toEqual([{ type: 'site-off', id: 7 }]);
  });

  it('stays, and says so, when its site could not be switched off', async () => {
    background((request) => (request.type === 'site-off' ? { ok: false, error: 'storage-failed' } : undefined));
    renderCard();
    await fromMenu('No cards on this site');
    expect((await screen.findByRole('alert')).textContent).toBe(SAVE_FAILED);
    expect(closed()).toBe(false);
  });

  it('offers no site to switch off where the card has none', async () => {
    background(undefined, { ...nudge, site: undefined });
    renderCard();
    expect(await menuItems()).toEqual(['Another idea', 'Move to the left corner']);
  });

  it('moves to the other corner and asks the background to remember it for the site', async () => {
    background((request) => (request.type === 'card-corner' ? { ok: true, value: { corner: request.corner } } : undefined));
    renderCard();
    await fromMenu('Move to the left corner');
    expect(card.toHost).toContainEqual({ kind: 'corner', corner: 'left' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'card-corner', id: 7, corner: 'left' });
    expect(await menuItems()).toContain('Move to the right corner');
  });
});

describe('another idea, from the card’s menu', () => {
  it('asks the background for another idea and shows it, draft and all', async () => {
    const steps = background((request) => (request.type === 'nudge-another' ? { ok: true, value: forAlex } : undefined), forMaya);
    renderCard();
    await fromMenu('Another idea');

    expect(await screen.findByText(forAlex.suggestion.prompt)).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-another', id: 7 });
    expect(screen.queryByText(forMaya.suggestion.prompt)).toBeNull();
    // The keyboard stays in the card, on the new idea.
    await waitFor(() => expect(document.activeElement?.textContent).toBe(forAlex.suggestion.prompt));
    await fromMenu('Why this?');
    expect(screen.getByText('You wanted to write to Alex every week.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    expect(note.value).toBe('Alex, fancy a short walk on Saturday?');
    expect(steps).toEqual([{ kind: 'writing' }]);
  });

  it('is no longer offered once none are left', async () => {
    const last: NudgeView = { ...forAlex, otherIdeasLeft: 0 };
    background((request) => (request.type === 'nudge-another' ? { ok: true, value: last } : undefined), forMaya);
    renderCard();
    await fromMenu('Another idea');
    await screen.findByText(forAlex.suggestion.prompt);
    expect(await menuItems()).not.toContain('Another idea');
  });

  it('says in plain words when another idea could not be found, and keeps the first one', async () => {
    background((request) => (request.type === 'nudge-another' ? { ok: false, error: 'storage-failed' } : undefined), forMaya);
    renderCard();
    await fromMenu('Another idea');
    expect((await screen.findByRole('alert')).textContent).toBe(SAVE_FAILED);
    expect(screen.getByText(forMaya.suggestion.prompt)).toBeTruthy();
    expect(closed()).toBe(false);
  });
});

describe('a card for no one in particular', () => {
  it('offers a way to add someone while nobody is in the list, which opens the settings', async () => {
    background(undefined, noPeopleYet);
    renderCard();
    expect(await menuItems()).toContain('Add someone you care about');
    fireEvent.click(screen.getByRole('button', { name: 'Add someone you care about' }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
    expect(closed()).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not offer it when people are in the list but none fit now', async () => {
    background();
    renderCard();
    expect(await menuItems()).not.toContain('Add someone you care about');
  });

  it('says so plainly when the settings cannot be opened', async () => {
    background(undefined, noPeopleYet);
    fakeBrowser.runtime.openOptionsPage.mockRejectedValueOnce(new Error('No options page'));
    renderCard();
    await fromMenu('Add someone you care about');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Small Hellos could not open its settings here/);
  });
});
