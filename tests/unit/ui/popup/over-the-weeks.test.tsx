import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { handleMessage } from '../../../../src/background/router';
import { newNudge, type Feeling, type Nudge } from '../../../../src/core/nudge';
import { dayKey, weekdayOf } from '../../../../src/core/time';
import { latestHellos, logHello } from '../../../../src/db/hellos';
import { addNudge } from '../../../../src/db/nudges';
import { addPerson, getPerson } from '../../../../src/db/people';
import { addRitual, listRituals } from '../../../../src/db/rituals';
import { getSettings, updateSettings } from '../../../../src/db/settings';
import { followStoredState } from '../../../../src/toolbar/follow';
import { Popup } from '../../../../src/ui/popup/Popup';
import { fakeBrowser } from '../../../support/fake-browser';
import { jo, maya } from '../../../support/sample-data';
import { DAY_STARTS, POPUP_PAGE, laterPartsCompiled, withStorageRefused } from './harness';

laterPartsCompiled();

beforeEach(async () => {
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => handleMessage(message, POPUP_PAGE));
  // Today's energy is told, so the question does not stand between the test and the idea.
  await updateSettings({ energyToday: { day: dayKey(Date.now(), DAY_STARTS), level: 'okay' } });
});

/** A note sent `minutesAgo`, with how it felt and how awkward it was expected and felt to be. */
function sentNote(minutesAgo: number, changes: Partial<Nudge> = {}): Nudge {
  const when = Date.now() - minutesAgo * 60_000;
  return {
    ...newNudge(
      { origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: `A note ${minutesAgo}`, draft: 'Thanks.' } },
      when - 60_000,
      DAY_STARTS,
    ),
    status: 'sent',
    sentAt: when,
    finalText: `Sent ${minutesAgo}`,
    ...changes,
  };
}

const feltNotes = async (...feelings: Feeling[]) => {
  for (const [index, feeling] of feelings.entries()) await addNudge(sentNote(feelings.length - index, { feeling }));
};

describe('after a hello that felt heavier', () => {
  it('offers rest and the way to support in place of a new idea, and an idea only when asked', async () => {
    await feltNotes('heavier');
    render(<Popup />);
    expect(await screen.findByText("It's fine to rest now. Small Hellos asks nothing more of you today.")).toBeTruthy();
    const today = screen.getByRole('region', { name: "Today's small hello" });
    expect(within(today).queryByRole('button', { name: /^(Write it|I did it)$/ })).toBeNull();
    expect(within(today).getByRole('button', { name: 'Need more support?' })).toBeTruthy();

    fireEvent.click(within(today).getByRole('button', { name: 'Show me a small idea anyway' }));
    expect(await screen.findByRole('button', { name: /^(Write it|I did it)$/ })).toBeTruthy();
    expect((await getSettings()).ideasAnywayAt).toBeGreaterThan(0);
  });

  it('leads with support after three in a row, and the cards rest until the person asks for ideas', async () => {
    await feltNotes('heavier', 'heavier', 'heavier');
    render(<Popup />);
    const support = await screen.findByRole('region', { name: 'Taking care today' });
    expect(within(support).getByText('The cards on websites are resting today.')).toBeTruthy();
    expect(within(support).getByText('If you are in danger right now, call 911.')).toBeTruthy();
    expect(within(support).getByText('988 Suicide & Crisis Lifeline')).toBeTruthy();
    expect(screen.queryByRole('region', { name: "Today's small hello" })).toBeNull();

    fireEvent.click(within(support).getByRole('button', { name: "I'd still like small ideas today" }));
    expect(await screen.findByRole('region', { name: "Today's small hello" })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Taking care today' })).toBeNull();
  });

  it('says nothing heavy when the latest felt lighter', async () => {
    await feltNotes('heavier', 'heavier', 'lighter');
    render(<Popup />);
    expect(await screen.findByRole('button', { name: /^(Write it|I did it)$/ })).toBeTruthy();
    expect(screen.queryByText(/fine to rest/)).toBeNull();
  });

  it('keeps the way to support at its foot while it loads', () => {
    render(<Popup />);
    // The first render, before anything is read.
    expect(screen.getByText('One moment.')).toBeTruthy();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('button', { name: 'Need more support?' })).toBeTruthy();
  });

  it('keeps the way to support at its foot when its storage cannot be reached', async () => {
    await withStorageRefused(async () => {
      render(<Popup />);
      await screen.findByRole('alert');
      const footer = screen.getByRole('contentinfo');
      fireEvent.click(within(footer).getByRole('button', { name: 'Need more support?' }));
      await waitFor(() => expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/options/index.html#support' }));
    });
  });

  it('opens the support page through the background from the foot of the popup', async () => {
    render(<Popup />);
    const footer = (await screen.findByRole('button', { name: 'Your people and what you remember' })).closest('footer') as HTMLElement;
    fireEvent.click(within(footer).getByRole('button', { name: 'Need more support?' }));
    await waitFor(() => expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/options/index.html#support' }));
  });
});

describe('I connected with someone', () => {
  it('keeps a hello with someone from the list, starts their rhythm again, and counts it this week', async () => {
    const mayaId = await addPerson(maya, Date.now() - 60 * 86_400_000);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'I connected with someone' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Who (if you like)' }), { target: { value: String(mayaId) } });
    fireEvent.input(screen.getByRole('textbox', { name: 'A line about it (if you like)' }), { target: { value: 'A walk by the river' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep this hello' }));

    expect(await screen.findByText('That counts as a small hello. Your rhythm with Maya starts again from today.')).toBeTruthy();
    expect((await latestHellos(1))[0]).toMatchObject({ personId: mayaId, line: 'A walk by the river' });
    expect((await getPerson(mayaId))?.lastContactedAt).toBeGreaterThan(Date.now() - 60_000);
    const wins = await screen.findByRole('region', { name: 'Small wins' });
    expect(within(wins).getByText('This week: 1 small hello')).toBeTruthy();
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getByText('A walk by the river')).toBeTruthy();
    expect(within(history).getByText('With Maya Lindqvist')).toBeTruthy();
  });

  it('keeps a hello with no one and no line, and Cancel keeps nothing', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'I connected with someone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await latestHellos(5)).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'I connected with someone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep this hello' }));
    expect(await screen.findByText('That counts as a small hello.')).toBeTruthy();
    expect(await latestHellos(5)).toHaveLength(1);
  });
});

describe('the intention for the day', () => {
  it('is one tap, shown gently, and noticed warmly once kept', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: "I'll say hello to one person today" }));
    expect(await screen.findByText('Today: a hello to one person, whenever it fits.')).toBeTruthy();
    expect((await getSettings()).intentionDay).toBe(dayKey(Date.now(), DAY_STARTS));

    await logHello({ line: 'A call' }, Date.now());
    expect(await screen.findByText('You said hello today, as you meant to.')).toBeTruthy();
  });

  it('can be let go, and asks nothing of another day', async () => {
    await updateSettings({ intentionDay: '2020-01-01' });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: "I'll say hello to one person today" }));
    fireEvent.click(await screen.findByRole('button', { name: 'Not today after all' }));
    await waitFor(async () => expect((await getSettings()).intentionDay).toBe(''));
    expect(await screen.findByRole('button', { name: "I'll say hello to one person today" })).toBeTruthy();
  });
});

describe('rituals due today', () => {
  beforeEach(async () => {
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
  });

  it('are listed with Done, which counts as a small hello, and the toolbar’s dot follows by itself', async () => {
    const dadId = await addPerson({ ...jo, name: 'Dad', callName: 'Dad' }, Date.now() - 60 * 86_400_000);
    await addRitual({ what: 'Text Dad', personId: dadId, weekday: weekdayOf(Date.now(), DAY_STARTS), every: 'week' }, Date.now() - 86_400_000);
    // As the popup's page does when it opens.
    const stopFollowing = followStoredState();
    onTestFinished(stopFollowing);
    await waitFor(() => expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '•' }));
    render(<Popup />);
    const due = await screen.findByRole('region', { name: 'Rituals today' });
    expect(within(due).getByText('Text Dad')).toBeTruthy();
    fireEvent.click(within(due).getByRole('button', { name: 'Done: Text Dad' }));

    expect(await screen.findByText('Done. That counts as a small hello.')).toBeTruthy();
    await waitFor(() => expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalledWith({ type: 'rituals-changed' });
    expect((await latestHellos(1))[0]).toMatchObject({ line: 'Text Dad', personId: dadId });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Done: Text Dad' })).toBeNull());
  });

  it('leave today’s idea to someone else than the person the ritual is for, done or not', async () => {
    const dadId = await addPerson({ ...jo, name: 'Dad', callName: 'Dad' }, Date.now() - 60 * 86_400_000);
    await addRitual({ what: 'Text Dad', personId: dadId, weekday: weekdayOf(Date.now(), DAY_STARTS), every: 'week' }, Date.now() - 86_400_000);
    render(<Popup />);
    await screen.findByRole('region', { name: 'Rituals today' });
    const today = await screen.findByRole('region', { name: "Today's small hello" });
    expect(today.textContent).not.toMatch(/Dad/);

    fireEvent.click(screen.getByRole('button', { name: 'Not this time: Text Dad' }));
    await screen.findByText('All right. It will be back on its next day.');
    expect(screen.getByRole('region', { name: "Today's small hello" }).textContent).not.toMatch(/Dad/);
  });

  it('can be let go for today, keeping nothing of it', async () => {
    await addRitual({ what: 'Call Grandma', weekday: weekdayOf(Date.now(), DAY_STARTS), every: 'week' }, Date.now() - 86_400_000);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not this time: Call Grandma' }));
    expect(await screen.findByText('All right. It will be back on its next day.')).toBeTruthy();
    expect(await latestHellos(5)).toEqual([]);
    expect((await listRituals())[0]?.letGoDay).toBe(dayKey(Date.now(), DAY_STARTS));
  });

  it('are not listed on other days', async () => {
    await addRitual({ what: 'Text Dad', weekday: ((weekdayOf(Date.now(), DAY_STARTS) + 1) % 7) as 0, every: 'week' }, Date.now() - 86_400_000);
    render(<Popup />);
    await screen.findByRole('region', { name: "Today's small hello" });
    expect(screen.queryByRole('region', { name: 'Rituals today' })).toBeNull();
  });
});

describe('small wins', () => {
  it('stay away while nothing has happened', async () => {
    render(<Popup />);
    await screen.findByRole('region', { name: "Today's small hello" });
    expect(screen.queryByRole('region', { name: 'Small wins' })).toBeNull();
  });

  it('show this week and a picture with words for every week that had hellos, and a lighter week marked', async () => {
    await feltNotes('lighter', 'same');
    render(<Popup />);
    const wins = await screen.findByRole('region', { name: 'Small wins' });
    expect(within(wins).getByText('This week: 2 small hellos')).toBeTruthy();
    const picture = within(wins).getByRole('img', { name: 'Small hellos over the last eight weeks, one bar a week' });
    expect(picture.querySelectorAll('rect')).toHaveLength(1);
    expect(picture.querySelectorAll('circle')).toHaveLength(1);
    expect(wins.querySelector('figcaption')?.textContent).toMatch(
      /^In the week of .+: 2 small hellos\. It felt lighter\. A dot marks a week that felt lighter\.$/,
    );
    expect(picture.querySelector('rect title')?.textContent).toMatch(/^In the week of .+: 2 small hellos\. It felt lighter\.$/);
  });

  it('draw each week’s bar as tall as its hellos, against the week with the most', async () => {
    await addNudge(sentNote(10 * 24 * 60, { feeling: 'same' }));
    await feltNotes('same', 'same');
    render(<Popup />);
    const wins = await screen.findByRole('region', { name: 'Small wins' });
    const bars = [...wins.querySelectorAll('rect')];
    expect(bars.map((bar) => Number(bar.getAttribute('height')))).toEqual([22, 44]);
    expect(bars.map((bar) => bar.querySelector('title')?.textContent)).toEqual([
      expect.stringMatching(/: 1 small hello\.$/),
      expect.stringMatching(/: 2 small hellos\.$/),
    ]);
  });

  it('name this week only when it had hellos, and mark no week lighter that was not', async () => {
    await addNudge(sentNote(10 * 24 * 60, { feeling: 'same' }));
    render(<Popup />);
    const wins = await screen.findByRole('region', { name: 'Small wins' });
    expect(within(wins).queryByText(/^This week:/)).toBeNull();
    const picture = within(wins).getByRole('img', { name: 'Small hellos over the last eight weeks, one bar a week' });
    expect(picture.querySelectorAll('rect')).toHaveLength(1);
    expect(picture.querySelectorAll('circle')).toHaveLength(0);
    expect(wins.querySelector('figcaption')?.textContent).toMatch(/^In the week of .+: 1 small hello\.\s*$/);
  });

  it('say kindly what the person’s own answers show about expecting awkwardness', async () => {
    for (const [minutes, expected, actual] of [
      [3, 4, 2],
      [2, 5, 2],
      [1, 3, 4],
    ] as const)
      await addNudge(sentNote(minutes, { expectedAwkward: expected, actualAwkward: actual }));
    render(<Popup />);
    expect(await screen.findByText('Reaching out usually felt easier than you expected (2 of 3 times).')).toBeTruthy();
  });

  it('never as a score when it was not easier', async () => {
    for (const minutes of [3, 2, 1]) await addNudge(sentNote(minutes, { expectedAwkward: 2, actualAwkward: 3 }));
    render(<Popup />);
    const insight = await screen.findByText(/^Some hellos felt as awkward as you expected, or more\./);
    expect(insight.textContent).not.toMatch(/\d/);
  });
});
