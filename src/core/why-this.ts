import { daysSinceBirthday } from './birthday';
import type { ChosenBecause } from './choose-person';
import { RHYTHM_TABLE, type Memory, type Person } from './people';
import type { Translate } from './render';
import type { Template } from './templates';

/**
 * A short, kind reason under "Why this?": what the person asked for (a birthday, a day
 * that has come, the rhythm they chose) or that this site reaches them, never how long it
 * has been.
 */
export function whyThis(
  person: Person,
  detail: Memory | undefined,
  template: Template,
  translate: Translate,
  now = Date.now(),
  because: ChosenBecause = 'rhythm',
): string {
  if (template.occasion === 'birthday') {
    return translate(daysSinceBirthday(person.birthday, now) === 0 ? 'whyBirthdayToday' : 'whyBirthdayJustPassed', [person.name]);
  }
  if (template.kind === 'follow-up' && detail?.date) return translate('whyFollowUp', [person.name, detail.text]);
  if (because === 'reachable-here') return translate('whyReachableHere', [person.name]);
  return translate(RHYTHM_TABLE[person.rhythm].why, [person.name]);
}
