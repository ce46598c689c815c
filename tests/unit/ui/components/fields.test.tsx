import { fireEvent, render, screen } from '@testing-library/preact';
import { RHYTHM_TABLE, type Person, type Rhythm } from '../../../../src/core/people';
import { ChoiceField, choicesOf } from '../../../../src/ui/components/ChoiceField';
import { TextField } from '../../../../src/ui/components/TextField';
import { personChoices } from '../../../../src/ui/components/person-choices';

/** The ids an element's aria-describedby names, in order. */
function describers(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
}

describe('a text field', () => {
  it('is named by its label, described by its own hint, and gives back what is typed', () => {
    const typed: string[] = [];
    render(
      <TextField id="ritual" label="What" value="" onInput={(value) => typed.push(value)} hint={{ id: 'ritual-hint', text: 'A few words.' }} maxLength={80} />,
    );
    const field = screen.getByRole('textbox', { name: 'What' });
    expect(describers(field)).toEqual(['ritual-hint']);
    expect(document.getElementById('ritual-hint')?.textContent).toBe('A few words.');
    expect(field.getAttribute('maxlength')).toBe('80');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    fireEvent.input(field, { target: { value: 'Text Dad' } });
    expect(typed).toEqual(['Text Dad']);
  });

  it('says what is wrong under it, is read as wrong, and is described by a group hint before its own message', () => {
    render(<TextField id="handle" label="On X" value="@" onInput={() => {}} hintId="handles-hint" error="That handle has a space in it." />);
    const field = screen.getByRole('textbox', { name: 'On X' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const [group, message] = describers(field);
    expect(group).toBe('handles-hint');
    expect(message && document.getElementById(message)?.textContent).toBe('That handle has a space in it.');
  });

  it('asks no spelling fixes or capitals of what is typed as it is, nor of a passphrase, and offers nothing from the profile', () => {
    render(
      <>
        <TextField id="site" label="Address" value="" onInput={() => {}} verbatim />
        <TextField id="secret" label="Passphrase" type="password" value="" onInput={() => {}} />
        <TextField id="words" label="Your words" value="" onInput={() => {}} />
      </>,
    );
    const site = screen.getByRole('textbox', { name: 'Address' });
    const secret = screen.getByLabelText('Passphrase');
    const words = screen.getByRole('textbox', { name: 'Your words' });
    // The test page has no spellcheck property, so a field asked not to check is one not marked "true".
    expect([site.getAttribute('spellcheck'), site.getAttribute('autocapitalize')]).toEqual([null, 'none']);
    expect([secret.getAttribute('type'), secret.getAttribute('spellcheck')]).toEqual(['password', null]);
    expect([words.getAttribute('spellcheck'), words.hasAttribute('autocapitalize')]).toEqual(['true', false]);
    for (const field of [site, secret, words]) expect(field.getAttribute('autocomplete')).toBe('off');
  });
});

describe('a choice field', () => {
  it('shows a word table in its order, in its words, and gives back the option chosen', () => {
    const chosen: Rhythm[] = [];
    render(<ChoiceField id="rhythm" label="How often" value="fortnightly" {...choicesOf(RHYTHM_TABLE)} onChange={(rhythm) => chosen.push(rhythm)} />);
    const select = screen.getByRole('combobox', { name: 'How often' }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Every week', 'Every two weeks', 'Every month', 'No rhythm']);
    expect(select.value).toBe('fortnightly');
    fireEvent.change(select, { target: { selectedIndex: 2 } });
    expect(chosen).toEqual(['monthly']);
  });

  it('says what is wrong with the choice and is read as wrong', () => {
    render(
      <ChoiceField
        id="kind"
        label="Kind"
        value="b"
        options={['a', 'b']}
        optionLabel={(option) => option.toUpperCase()}
        onChange={() => {}}
        error="Choose one."
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Kind' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(describers(select).map((id) => document.getElementById(id)?.textContent)).toEqual(['Choose one.']);
  });

  it('offers nobody first and then each person by name, and gives back their id as text', () => {
    const people = [
      { id: 7, name: 'Maya' },
      { id: 12, name: 'Sam' },
    ] as Person[];
    const chosen: string[] = [];
    render(<ChoiceField id="who" label="Who" value="" {...personChoices(people, 'Nobody in particular')} onChange={(id) => chosen.push(id)} />);
    const select = screen.getByRole('combobox', { name: 'Who' }) as HTMLSelectElement;
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['', 'Nobody in particular'],
      ['7', 'Maya'],
      ['12', 'Sam'],
    ]);
    fireEvent.change(select, { target: { selectedIndex: 2 } });
    expect(chosen).toEqual(['12']);
  });
});
