import type { FoundContact } from './contacts';
import { digits, validatePerson, type Person, type PersonFields } from './people';

// A contact found in a file, as a person in the list: whether they seem to be there
// already, and what would be added. Apart from contacts.ts, so that a page can show the
// contacts found without loading the file parsers with it.

/** Whether someone in the list is likely this contact: the same email, phone number or name. */
export function likelyInList(found: FoundContact, people: readonly Person[]): boolean {
  const emails = new Set(found.emails.map((email) => email.toLowerCase()));
  const phones = new Set(found.phones.map(digits).filter((number) => number.length >= 5));
  const name = found.name.toLocaleLowerCase();
  return people.some(
    (person) =>
      person.name.toLocaleLowerCase() === name ||
      (person.email !== undefined && emails.has(person.email.toLowerCase())) ||
      (person.phone !== undefined && phones.has(digits(person.phone))),
  );
}

/**
 * A contact as a person to add: the first email and phone that are valid, the birthday,
 * no rhythm yet (the person chooses one when they like), nothing remembered yet.
 */
export function personFromContact(found: FoundContact): PersonFields | undefined {
  const email = found.emails.find((candidate) => check({ email: candidate }));
  const phone = found.phones.find((candidate) => check({ phone: candidate }));
  const result = validatePerson({
    ...blank,
    name: found.name,
    email: email ?? '',
    phone: phone ?? '',
    ...(found.birthday ? { birthday: found.birthday } : {}),
  });
  return result.ok ? result.value : undefined;
}

const blank = { name: 'x', callName: '', email: '', phone: '', handles: {}, rhythm: 'none', preferredChannel: 'any', memories: [] };

function check(fields: { email?: string; phone?: string }): boolean {
  return validatePerson({ ...blank, ...fields }).ok;
}
