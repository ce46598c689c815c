import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { PersonFields } from '../../../../src/core/people';
import { gentleOnlyFor } from '../../../../src/core/suggest';
import { addPerson, listPeople } from '../../../../src/db/people';
import { Options } from '../../../../src/ui/options/Options';

async function openAddForm() {
  render(<Options />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add person' }));
  return screen.findByRole('region', { name: 'Add a person' });
}

function type(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

function describedText(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function kindGroup(form: HTMLElement, index = 0): HTMLElement {
  const group = within(form).getAllByRole('group', { name: 'What kind of thing is it?' })[index];
  if (!group) throw new Error('No kind choice for this detail');
  return group;
}

function valueOf(field: HTMLElement): string {
  return (field as HTMLInputElement).value;
}

describe('remembered details in the person form', () => {
  it('asks for a detail as one would say it to them, with an example', async () => {
    const form = await openAddForm();
    expect(describedText(within(form).getByLabelText('Detail 1'))).toContain('Write it as you would say it to them, like “your new job” or “the hiking trip”.');
  });

  it('asks what kind of thing a detail is with one tap, says what the kind does, and saves it', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Jo Okafor');
    type(within(form).getByLabelText('Detail 1'), "your dad's funeral");
    const group = kindGroup(form);
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['good-news', 'hard-time', 'interest', 'coming-up', 'shared-memory', 'other']);
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Good news',
      'A hard time',
      'An interest',
      'Something coming up',
      'A shared memory',
      'Something else',
    ]);
    // Nothing is chosen for the person; what happens without a choice is said.
    expect(radios.filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(describedText(group)).toContain('Left without one, it counts as Something else: notes stay quiet and gentle.');

    fireEvent.click(within(group).getByRole('radio', { name: 'A hard time' }));
    expect((within(group).getByRole('radio', { name: 'A hard time' }) as HTMLInputElement).checked).toBe(true);
    expect(describedText(group)).toContain('Notes stay gentle and ask nothing back.');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    const [saved] = await listPeople();
    expect(saved?.memories).toEqual([{ id: expect.any(String), text: "your dad's funeral", kind: 'hard-time' }]);
  });

  it('keeps a detail left without a kind as Something else, so every idea for that person stays gentle', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Grace Park');
    type(within(form).getByLabelText('Detail 1'), "your dad's funeral");
    const preview = within(form).getByRole('region', { name: 'How it could read' });
    expect(preview.querySelector('.preview__note')?.textContent).toBe(
      "Hi Grace,\nI was thinking of you today, and of what you told me about your dad's funeral. No need to reply.",
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    const [saved] = await listPeople();
    expect(saved?.memories).toEqual([{ id: expect.any(String), text: "your dad's funeral", kind: 'other' }]);
    expect(saved && gentleOnlyFor(saved)).toBe(true);
  });

  it('asks for the day only of something coming up, and will not save it without one', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Sam');
    type(within(form).getByLabelText('Detail 1'), 'your exams');
    expect(within(form).queryByLabelText('Its day')).toBeNull();

    fireEvent.click(within(kindGroup(form)).getByRole('radio', { name: 'Something coming up' }));
    const day = within(form).getByLabelText('Its day');
    expect(day.getAttribute('aria-required')).toBe('true');
    expect(describedText(kindGroup(form))).toContain('For a sad event, choose A hard time.');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(day.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(day)).toContain('Please add the day it happens, so a follow-up can come after it.');
    await waitFor(() => expect(document.activeElement).toBe(day));
    expect(await listPeople()).toEqual([]);

    type(day, '2027-06-14');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect((await listPeople())[0]?.memories).toMatchObject([{ text: 'your exams', kind: 'coming-up', date: '2027-06-14' }]);
  });

  it('keeps showing a day saved with a detail before kinds existed, under Something else', async () => {
    const legacy: PersonFields = {
      name: 'Maya',
      callName: 'Maya',
      handles: {},
      rhythm: 'weekly',
      preferredChannel: 'any',
      memories: [{ id: 'm1', text: 'the new job', kind: 'other', date: '2026-09-07' }],
    };
    await addPerson(legacy, 1);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Maya' }));
    const form = await screen.findByRole('region', { name: 'Edit Maya' });
    expect((within(kindGroup(form)).getByRole('radio', { name: 'Something else' }) as HTMLInputElement).checked).toBe(true);
    expect(valueOf(within(form).getByLabelText('Its day'))).toBe('2026-09-07');
  });
});

describe('what you call them', () => {
  it('starts as the first word of the name and follows it until edited', async () => {
    const form = await openAddForm();
    const name = within(form).getByLabelText('Name');
    const callName = within(form).getByLabelText('What you call them');
    expect(describedText(callName)).toContain('Notes greet them with this, like “Hi Jo,”.');

    type(name, 'Jo Okafor');
    expect(valueOf(callName)).toBe('Jo');
    type(name, 'Joanna Okafor');
    expect(valueOf(callName)).toBe('Joanna');

    type(callName, 'Jojo');
    type(name, 'Joanna Okafor-Smith');
    expect(valueOf(callName)).toBe('Jojo');

    // Cleared, it follows the name again.
    type(callName, '');
    type(name, 'Jo Okafor');
    expect(valueOf(callName)).toBe('Jo');
    type(callName, 'Jojo');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    expect((await listPeople())[0]).toMatchObject({ name: 'Jo Okafor', callName: 'Jojo' });
  });

  it('keeps a chosen name when the person is edited, and says when it is too long', async () => {
    await addPerson({ name: 'Margaret Lindqvist', callName: 'Mags', handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [] }, 1);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Margaret Lindqvist' }));
    const form = await screen.findByRole('region', { name: 'Edit Margaret Lindqvist' });
    const callName = within(form).getByLabelText('What you call them');
    expect(valueOf(callName)).toBe('Mags');
    type(within(form).getByLabelText('Name'), 'Margaret Lin');
    expect(valueOf(callName)).toBe('Mags');

    type(callName, 'x'.repeat(41));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callName.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(callName)).toContain('Please keep this to 40 characters or fewer.');
  });
});

describe('the live preview of a detail', () => {
  it('waits for a name and a detail', async () => {
    const form = await openAddForm();
    const preview = within(form).getByRole('region', { name: 'How it could read' });
    expect(preview.textContent).toContain('Type a name and a detail to see how a suggestion could read.');
  });

  it('shows one card line and one note made with the detail being typed, fitting its kind', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Jo Okafor');
    type(within(form).getByLabelText('Detail 1'), "your dad's funeral");
    fireEvent.click(within(kindGroup(form)).getByRole('radio', { name: 'A hard time' }));

    const preview = within(form).getByRole('region', { name: 'How it could read' });
    const card = within(preview).getByText(/^A gentle line to Jo/);
    expect(card.textContent).toBe("A gentle line to Jo about their dad's funeral, asking nothing back?");
    const note = preview.querySelector('.preview__note');
    expect(note?.textContent).toBe(
      "Hi Jo,\nI've been thinking of you since you told me about your dad's funeral. Sending you warmth, and there's no need to reply.",
    );

    // Another detail, typed in a new row, takes over the preview in its own kind's words.
    fireEvent.click(within(form).getByRole('button', { name: 'Add a detail' }));
    type(within(form).getByLabelText('Detail 2'), 'your new job');
    fireEvent.click(within(kindGroup(form, 1)).getByRole('radio', { name: 'Good news' }));
    expect(within(preview).getByText(/^Tell Jo/).textContent).toBe("Tell Jo you're happy about their new job, and ask how they're feeling?");
    expect(preview.querySelector('.preview__note')?.textContent).toContain("I've been thinking about your new job, and I'm really happy for you.");

    // The name they are called by is the one used.
    type(within(form).getByLabelText('What you call them'), 'Jojo');
    expect(preview.querySelector('.preview__note')?.textContent?.startsWith('Hi Jojo,\n')).toBe(true);
  });
});
