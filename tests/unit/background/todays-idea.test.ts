import { handleMessage } from '../../../src/background/router';
import { getNudge, latestNudges } from '../../../src/db/nudges';
import { updateSettings } from '../../../src/db/settings';
import { fakeBrowser } from '../../support/fake-browser';
import { CARD, POPUP, cardView, popupView, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

describe('the popup’s idea for today, from the background', () => {
  it('is kept as an idea of the popup, the same each time the popup opens', async () => {
    const first = await popupView();
    const again = await popupView();
    expect(again.id).toBe(first.id);
    expect(again.suggestion).toEqual(first.suggestion);
    expect(await latestNudges(5)).toEqual([expect.objectContaining({ id: first.id, origin: 'popup', status: 'shown' })]);
  });

  it('asks today’s energy on it once, as a card would, and then not on a card', async () => {
    expect((await popupView()).askEnergy).toBe(true);
    const id = await showCard();
    expect((await cardView(id)).askEnergy).toBeUndefined();
  });

  it('is the card open on a page right now, so that a card the page hides can be answered here', async () => {
    const id = await showCard();
    expect((await popupView()).id).toBe(id);
  });

  it('brings back a note left unfinished in the popup before anything else', async () => {
    const idea = await popupView();
    await handleMessage({ type: 'nudge-step', id: idea.id, step: { kind: 'draft', text: 'Half a tho' } }, POPUP);
    await showCard();
    expect(await popupView()).toMatchObject({ id: idea.id, status: 'writing', finalText: 'Half a tho' });
  });

  it('gives way to a new idea once it was put away', async () => {
    const idea = await popupView();
    await handleMessage({ type: 'nudge-step', id: idea.id, step: { kind: 'dismiss' } }, POPUP);
    const next = await popupView();
    expect(next.id).not.toBe(idea.id);
    expect(next.status).toBe('shown');
  });
});

describe('one writer for an idea shown on a card and in the popup', () => {
  it('tells a card showing the idea when the popup changed it, and echoes nothing of the card’s own steps', async () => {
    const id = await showCard();
    fakeBrowser.runtime.sendMessage.mockClear();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'writing' } }, CARD);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();

    await handleMessage({ type: 'nudge-step', id, step: { kind: 'sent', text: 'Sent from the popup' } }, POPUP);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-changed', id });
    expect(await getNudge(id)).toMatchObject({ status: 'sent', finalText: 'Sent from the popup' });
  });

  it('tells a card showing the idea when the popup, opened as a tab of its own (as on Android), changed it', async () => {
    const id = await showCard();
    const popupInATab = { ...POPUP, frameId: 0, tab: { id: 8, index: 1, highlighted: false, active: true, pinned: false, incognito: false } };
    fakeBrowser.runtime.sendMessage.mockClear();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'writing' } }, popupInATab);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-changed', id });
  });

  it('keeps the subject the person wrote with the note', async () => {
    const idea = await popupView();
    await handleMessage({ type: 'nudge-step', id: idea.id, step: { kind: 'channel', channel: 'email', text: 'Hi', subject: 'For Maya' } }, POPUP);
    expect((await getNudge(idea.id))?.suggestion.subject).toBe('For Maya');
    expect(await popupView()).toMatchObject({ channelUsed: true, suggestion: { subject: 'For Maya' } });
  });
});
