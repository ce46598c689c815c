import { namesPerson } from './forget';
import type { Hello } from './hellos';
import type { Person } from './people';
import type { Ritual } from './rituals';

/**
 * Forgetting a person reaches the hellos and rituals too: a hello made with them or whose
 * line names them, and a ritual for them or whose words name them ("Text Dad" for Dad)
 * go with them, whole (see forget.ts).
 */
export function hellosAndRitualsOf(person: Person, hellos: readonly Hello[], rituals: readonly Ritual[]): { helloIds: number[]; ritualIds: number[] } {
  const names = namesPerson(person);
  const ofThem = (personId: number | undefined, texts: readonly (string | undefined)[]) =>
    (personId !== undefined && personId === person.id) || texts.some((text) => text !== undefined && names(text));
  return {
    helloIds: hellos.flatMap((hello) => (hello.id !== undefined && ofThem(hello.personId, [hello.line, hello.personName]) ? [hello.id] : [])),
    ritualIds: rituals.flatMap((ritual) => (ritual.id !== undefined && ofThem(ritual.personId, [ritual.what]) ? [ritual.id] : [])),
  };
}
