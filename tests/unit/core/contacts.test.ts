import { readFileSync } from 'node:fs';
import path from 'node:path';
import { likelyInList, personFromContact } from '../../../src/core/contact-person';
import { readContactsFile } from '../../../src/core/contacts';
import type { Person } from '../../../src/core/people';

const sample = (name: string) => readFileSync(path.resolve('tests/fixtures/contacts', name), 'utf8');
const read = (name: string) => {
  const reading = readContactsFile(sample(name));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.contacts;
};

describe('reading contacts exported by', () => {
  it('Google Contacts as vCard: several emails, a folded note, a contact with no name', () => {
    expect(read('google.vcf')).toEqual([
      { name: 'Maya Lindqvist', emails: ['maya@example.com', 'maya.lindqvist@work.example.org'], phones: ['+46 70 123 45 67'], birthday: '1990-03-12' },
      { name: 'Jo Okafor', emails: [], phones: ['(555) 010-2030'] },
      { name: 'no.name@example.net', emails: ['no.name@example.net'], phones: [] },
    ]);
  });

  it('Google Contacts as vCard: a long name and an email address folded over two lines, no name but several emails', () => {
    expect(read('google-folded.vcf')).toEqual([
      {
        name: 'Alexandra Konstantina Papadopoulou-Vasilakopoulou de la Fuente y Martínez',
        emails: ['alexandra.konstantina.papadopoulou@mail.example.com', 'a.papadopoulou@work.example.org'],
        phones: ['+30 691 234 5678'],
      },
      {
        name: 'front-desk.reception.and.visitors@clinic.example.org',
        emails: ['front-desk.reception.and.visitors@clinic.example.org', 'help@clinic.example.org'],
        phones: [],
      },
    ]);
  });

  it('Apple Contacts: grouped properties and a birthday without its year', () => {
    expect(read('apple.vcf')).toEqual([
      { name: 'Sam Reyes', emails: ['sam@example.com'], phones: ['+44 7700 900123'], birthday: '--07-04' },
      { name: 'Li Chen', emails: ['li@example.com'], phones: [], birthday: '1988-12-31' },
    ]);
  });

  it('Outlook as vCard 2.1: unnamed parameters, quoted-printable names and soft line breaks', () => {
    expect(read('outlook.vcf')).toEqual([
      { name: 'Jörg Müller', emails: ['joerg@example.de'], phones: ['+49 30 1234567', '+49 170 1234567'], birthday: '1975-07-04' },
    ]);
  });

  it('Google Contacts as CSV: values in one cell, a phonetic name that is no phone, a birthday without a year, a row with no name', () => {
    expect(read('google.csv')).toEqual([
      {
        name: 'Maya Lindqvist',
        emails: ['maya@example.com', 'maya@old.example.com', 'maya.lindqvist@work.example.org'],
        phones: ['+46 70 123 45 67'],
        birthday: '1990-03-12',
      },
      { name: 'Jo Okafor', emails: [], phones: ['(555) 010-2030'], birthday: '--04-15' },
      { name: 'no.name@example.net', emails: ['no.name@example.net'], phones: [] },
    ]);
  });

  it('Outlook as CSV, with its empty birthday written 0/0/00', () => {
    expect(read('outlook.csv')).toEqual([
      { name: 'Sam Reyes', emails: ['sam@example.com'], phones: ['+44 7700 900123'], birthday: '1985-07-04' },
      { name: 'Li Chen', emails: ['li@example.com'], phones: [] },
    ]);
  });
});

describe('a file that holds no contacts', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['a vCard that never ends', 'BEGIN:VCARD\nVERSION:3.0\nFN:Maya\n', 'unreadable'],
    ['a vCard with a broken line', 'BEGIN:VCARD\nVERSION:3.0\nFN Maya\nEND:VCARD\n', 'unreadable'],
    ['a spreadsheet of something else', 'Date,Amount,Category\n2026-01-01,12.50,Groceries\n', 'no-contacts'],
    ['a picture', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'no-contacts'],
  ])('refuses %s by name', (_name, text, problem) => {
    expect(readContactsFile(text)).toEqual({ ok: false, problem });
  });
});

describe('adding contacts as people', () => {
  const [maya, jo, noName] = [
    { name: 'Maya Lindqvist', emails: ['not an email', 'maya@example.com'], phones: [], birthday: '--03-12' },
    { name: 'Jo Okafor', emails: [], phones: ['(555) 010-2030'] },
    { name: 'x@example.net', emails: ['x@example.net'], phones: [] },
  ];

  it('takes the first valid email and phone and the birthday, with no rhythm yet', () => {
    expect(personFromContact(maya)).toEqual({
      name: 'Maya Lindqvist',
      callName: 'Maya',
      email: 'maya@example.com',
      birthday: '--03-12',
      handles: {},
      rhythm: 'none',
      preferredChannel: 'any',
      memories: [],
    });
  });

  it('marks people who seem to be in the list already: same email, phone or name', () => {
    const person = (fields: Partial<Person>): Person => ({
      name: 'Someone',
      callName: 'S',
      handles: {},
      rhythm: 'none',
      preferredChannel: 'any',
      memories: [],
      archived: false,
      createdAt: 0,
      ...fields,
    });
    expect(likelyInList(maya, [person({ email: 'MAYA@example.com' })])).toBe(true);
    expect(likelyInList(jo, [person({ phone: '555-010-2030' })])).toBe(true);
    expect(likelyInList(jo, [person({ name: 'jo okafor' })])).toBe(true);
    expect(likelyInList(noName, [person({ email: 'y@example.net', phone: '12345' })])).toBe(false);
  });
});
