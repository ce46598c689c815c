import type { Person } from '../../core/people';
import type { Choices } from './ChoiceField';

/** Someone from the list by their id as text, or nobody (""), shown in the words given for nobody. */
export function personChoices(people: readonly Person[], nobody: string): Choices<string> {
  return {
    options: ['', ...people.map((person) => String(person.id))],
    optionLabel: (id) => (id === '' ? nobody : (people.find((person) => String(person.id) === id)?.name ?? '')),
  };
}
