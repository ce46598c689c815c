import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { PersonFields } from '../../../../src/core/people';
import { db } from '../../../../src/db/database';
import { addPerson, listPeople } from '../../../../src/db/people';
import { Options } from '../../../../src/ui/options/Options';

function person(name: string, changes: Partial<PersonFields> = {}): PersonFields {
  return { name, callName: name.split(' ')[0] ?? name, handles: {}, rhythm: 'fortnightly', preferredChannel: 'any', memories: [], ...changes };
}

async function openAddForm() {
  render(<Options />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add person' }));
  return screen.findByRole('region', { name: 'Add a person' });
}

function type(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

function describedText(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The list of people, once it has followed the latest change (the database answers a moment after the message). */
function activeList() {
  return screen.findByRole('list', { name: 'People' });
}

describe('the People section of the settings page', () => {
  it('says something gentle while nobody is in the list', async () => {
    render(<Options />);
    expect(await screen.findByText("Add someone you'd like to stay close to. A name is enough to start.")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'People' }).getAttribute('aria-current')).toBe('page');
  });

  it('asks for a name when it is blank, puts the keyboard there, and saves nothing', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Email'), 'maya@example.com');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(name)).toContain('Please add a name.');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(await listPeople({ includeArchived: true })).toEqual([]);
  });

  it('tells beside Email when the address does not look complete', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Maya');
    type(within(form).getByLabelText('Email'), 'maya@example');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    const email = within(form).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(email)).toContain('This email address does not look complete.');
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(await listPeople({ includeArchived: true })).toEqual([]);
  });

  it('marks the one handle that has characters a handle cannot have', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Maya');
    type(within(form).getByLabelText('X handle'), 'maya_walks');
    type(within(form).getByLabelText('Instagram handle'), 'maya walks!');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    const instagram = within(form).getByLabelText('Instagram handle');
    await waitFor(() => expect(instagram.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(instagram)).toContain('A handle can have letters, numbers, dots, dashes and underscores.');
    expect(within(form).getByLabelText('X handle').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(instagram));
  });

  it('asks to keep a remembered detail to 200 characters', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Maya');
    const detail = within(form).getByLabelText('Detail 1');
    type(detail, 'a'.repeat(201));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(detail.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(detail)).toContain('Please keep this to 200 characters or fewer.');
    expect(await listPeople({ includeArchived: true })).toEqual([]);
  });

  it('saves a person with two details, one of them coming up on a day, and shows them in the list', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), '  Maya ');
    type(within(form).getByLabelText('Phone'), '+44 20 7946 0958');
    fireEvent.change(within(form).getByLabelText('How often'), { target: { value: 'weekly' } });
    fireEvent.change(within(form).getByLabelText('Preferred channel'), { target: { value: 'text' } });
    type(within(form).getByLabelText('Detail 1'), 'the hiking trip');
    fireEvent.click(within(form).getAllByRole('radio', { name: 'An interest' })[0]!);
    fireEvent.click(within(form).getByRole('button', { name: 'Add a detail' }));
    const second = within(form).getByLabelText('Detail 2');
    await waitFor(() => expect(document.activeElement).toBe(second));
    type(second, 'your first week at the new job');
    fireEvent.click(within(form).getAllByRole('radio', { name: 'Something coming up' })[1]!);
    type(within(form).getByLabelText('Its day'), '2026-09-07');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Add a person' })).toBeNull();
    const [saved] = await listPeople();
    expect(saved).toMatchObject({
      name: 'Maya',
      phone: '+44 20 7946 0958',
      rhythm: 'weekly',
      preferredChannel: 'text',
      archived: false,
      callName: 'Maya',
      memories: [
        { text: 'the hiking trip', kind: 'interest' },
        { text: 'your first week at the new job', kind: 'coming-up', date: '2026-09-07' },
      ],
    });
    expect(saved!.memories[0]!.id).not.toBe(saved!.memories[1]!.id);
    expect(saved!.memories[0]).not.toHaveProperty('date');

    const item = within(await activeList())
      .getByText('Maya')
      .closest('li')!;
    expect(within(item).getByText('Every week')).toBeTruthy();
    expect(within(item).getByText('the hiking trip, and 1 more')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add person' })));
  });

  it('removes a detail with its own Remove button', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Sam');
    type(within(form).getByLabelText('Detail 1'), 'learning the cello');
    fireEvent.click(within(form).getByRole('button', { name: 'Add a detail' }));
    type(within(form).getByLabelText('Detail 2'), 'a typo');
    fireEvent.click(within(form).getByRole('button', { name: 'Remove detail 2' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    const [saved] = await listPeople();
    expect(saved?.memories.map((memory) => memory.text)).toEqual(['learning the cello']);
  });

  it('closes on Cancel without saving', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Maya');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Add a person' })).toBeNull());
    expect(await listPeople({ includeArchived: true })).toEqual([]);
  });

  it('changes a name through Edit and keeps what was remembered', async () => {
    const id = await addPerson(person('Maya', { memories: [{ id: 'm1', text: 'the hiking trip', kind: 'interest' }] }), 1);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Maya' }));
    const form = await screen.findByRole('region', { name: 'Edit Maya' });
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect((within(form).getByLabelText('Detail 1') as HTMLInputElement).value).toBe('the hiking trip');
    type(name, 'Maya Lin');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('button', { name: 'Edit Maya Lin' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit Maya' })).toBeNull();
    const stored = await db.people.get(id);
    expect(stored).toMatchObject({ name: 'Maya Lin', createdAt: 1, memories: [{ id: 'm1', text: 'the hiking trip', kind: 'interest' }] });
  });

  it('shows each of their details in its own field through Edit, and lets go of one left empty', async () => {
    const id = await addPerson(
      person('Maya', { email: 'maya@example.com', phone: '+44 20 7946 0958', birthday: '--03-12', rhythm: 'weekly', preferredChannel: 'text' }),
      1,
    );
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Maya' }));
    const form = await screen.findByRole('region', { name: 'Edit Maya' });
    const shown = (label: string) => (within(form).getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;
    expect([shown('Email'), shown('Phone'), shown('Birthday'), shown('How often'), shown('Preferred channel')]).toEqual([
      'maya@example.com',
      '+44 20 7946 0958',
      // As a person writes it: the stored "--03-12" has no year.
      '03-12',
      'weekly',
      'text',
    ]);
    type(within(form).getByLabelText('Phone'), '');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit Maya' })).toBeNull());
    const stored = await db.people.get(id);
    expect(stored).toMatchObject({ email: 'maya@example.com', birthday: '--03-12', rhythm: 'weekly', preferredChannel: 'text' });
    expect(stored).not.toHaveProperty('phone');
  });

  it('moves someone to Archived and Restore brings them back', async () => {
    await addPerson(person('Maya'), 1);
    await addPerson(person('Sam'), 2);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Archive Maya' }));

    expect(await screen.findByText('Maya is now under Archived.')).toBeTruthy();
    expect(within(await activeList()).queryByText('Maya')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Archived (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const archived = screen.getByRole('list', { name: 'Archived (1)' });
    expect(within(archived).getByText('Maya')).toBeTruthy();
    expect((await listPeople({ includeArchived: true })).find((p) => p.name === 'Maya')?.archived).toBe(true);

    fireEvent.click(within(archived).getByRole('button', { name: 'Restore Maya' }));
    expect(await screen.findByText('Maya is back in your list.')).toBeTruthy();
    expect(within(await activeList()).getByText('Maya')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Archived/ })).toBeNull();
    expect((await listPeople()).map((p) => p.name)).toEqual(['Maya', 'Sam']);
  });

  it('asks before deleting, keeps them on Keep, and removes them on Delete', async () => {
    await addPerson(person('Maya'), 1);
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Maya' }));
    const question = screen.getByRole('group', { name: 'Delete Maya? Everything that names them goes with them, for good:' });
    // Exactly what goes, counted when asked.
    await waitFor(() =>
      expect(
        within(question)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Their name, and the name you call them (Maya)']),
    );
    const keep = within(question).getByRole('button', { name: 'Keep' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(keep);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Maya' })));
    expect(await listPeople()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Maya' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Maya is no longer in your list.')).toBeTruthy();
    expect(await listPeople({ includeArchived: true })).toEqual([]);
    await waitFor(() => expect(screen.queryByText('Maya')).toBeNull());
  });

  it('shows a plain message when a change cannot be stored', async () => {
    await addPerson(person('Maya'), 1);
    render(<Options />);
    const archive = await screen.findByRole('button', { name: 'Archive Maya' });
    const refuse = vi.spyOn(db.people, 'update').mockRejectedValue(new DOMException('Quota', 'QuotaExceededError'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      fireEvent.click(archive);
      // No room left is said in plain words, with what was not lost and what makes room.
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /^Your browser has no room left for Small Hellos to save this, so it was not saved\. Everything saved before is still there\./,
      );
      expect(logged).toHaveBeenCalled();
    } finally {
      refuse.mockRestore();
      logged.mockRestore();
    }
  });

  it('keeps the form and says so when saving fails', async () => {
    const form = await openAddForm();
    type(within(form).getByLabelText('Name'), 'Maya');
    const refuse = vi.spyOn(db.people, 'add').mockRejectedValue(new DOMException('Quota', 'QuotaExceededError'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
      expect((await within(form).findByRole('alert')).textContent).toMatch(/^Your browser has no room left for Small Hellos/);
      expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Maya');
    } finally {
      refuse.mockRestore();
      logged.mockRestore();
    }
  });

  it('lists 300 people and the search narrows them by name', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `Friend ${String(i + 1).padStart(3, '0')}`);
    await db.people.bulkAdd(names.map((name, i) => ({ ...person(name), archived: false, createdAt: i })));
    render(<Options />);

    const list = await screen.findByRole('list', { name: 'People' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(300);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by name' }), { target: { value: 'friend 01' } });

    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('listitem')).toHaveLength(10));
    expect(screen.getByText('Names that match: 10')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by name' }), { target: { value: 'nobody' } });
    expect(await screen.findByText('No one in your list has a name like that.')).toBeTruthy();
  });
});
