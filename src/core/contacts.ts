import ICAL from 'ical.js';
import Papa from 'papaparse';
import { formatBirthday, parseBirthday } from './birthday';
import { LIMITS } from './people';

/**
 * Contacts brought in from a file: vCard (Google Contacts, Apple Contacts, Outlook) read
 * with ical.js, CSV (Google, Outlook) with Papa Parse. Only a name, email addresses, phone
 * numbers and a birthday are taken; everything else in the file is left where it is.
 * The parsers are large: pages import this module only when a file is chosen
 * (contact-person.ts turns what it found into people).
 */
export interface FoundContact {
  /** The name, or, for a contact without one, its first email address or phone number. */
  readonly name: string;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  /** "YYYY-MM-DD" or "--MM-DD". */
  readonly birthday?: string;
}

export type ContactsProblem = 'empty' | 'too-large' | 'unreadable' | 'no-contacts';
export type ContactsReading = { ok: true; contacts: FoundContact[] } | { ok: false; problem: ContactsProblem };

/** A phone's address book of several thousand is about a megabyte. */
export const MAX_CONTACTS_BYTES = 10 * 1024 * 1024;
export const MAX_CONTACTS = 5000;

/** Reads a vCard or CSV file, told apart by its contents. */
export function readContactsFile(text: string): ContactsReading {
  if (text.length > MAX_CONTACTS_BYTES) return { ok: false, problem: 'too-large' };
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return { ok: false, problem: 'empty' };
  const contacts = /^\s*BEGIN:VCARD/i.test(source) ? readVCards(source) : readCsv(source);
  if (!contacts) return { ok: false, problem: 'unreadable' };
  const kept = contacts.filter((contact) => contact.name);
  if (kept.length === 0) return { ok: false, problem: 'no-contacts' };
  if (kept.length > MAX_CONTACTS) return { ok: false, problem: 'too-large' };
  return { ok: true, contacts: kept };
}

function contact(name: string, emails: string[], phones: string[], birthday: string | undefined): FoundContact {
  const cleanEmails = unique(emails.map((email) => email.trim().replace(/^mailto:/i, '')).filter(Boolean));
  const cleanPhones = unique(phones.map((phone) => phone.trim().replace(/^tel:/i, '')).filter(Boolean));
  const known = birthday ? parseBirthday(normalBirthday(birthday)) : undefined;
  const shownName = name.replace(/\s+/g, ' ').trim() || cleanEmails[0] || cleanPhones[0] || '';
  return { name: shownName.slice(0, LIMITS.name), emails: cleanEmails, phones: cleanPhones, ...(known ? { birthday: formatBirthday(known) } : {}) };
}

const unique = (values: string[]) => [...new Set(values)];

/** "19850704" (vCard 2.1), "1990-03-12T00:00:00Z", "--0415", or Outlook's "7/4/1985". */
function normalBirthday(value: string): string {
  const text = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (slashed) return `${slashed[3]}-${slashed[1]?.padStart(2, '0')}-${slashed[2]?.padStart(2, '0')}`;
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // Apple Contacts writes a birthday without its year as 1604 (X-APPLE-OMIT-YEAR).
  if (full && Number(full[1]) < 1900) return `--${full[2]}-${full[3]}`;
  return full ? full[0] : text;
}

// ---- vCard ----

type JCardProperty = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

function readVCards(source: string): FoundContact[] | undefined {
  let parsed: unknown;
  try {
    // Only a 2.1 file is rewritten: a 3.0 or 4.0 line may hold a quoted ":" the rewrite would split.
    parsed = ICAL.parse(/^VERSION:2\.1\s*$/im.test(source) ? fromVCard21(source) : source);
  } catch {
    return undefined;
  }
  const cards = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const contacts: FoundContact[] = [];
  for (const card of cards) {
    if (!Array.isArray(card) || card[0] !== 'vcard' || !Array.isArray(card[1])) return undefined;
    const properties = card[1] as JCardProperty[];
    const values = (name: string) => properties.filter((p) => p[0] === name).map((p) => p.slice(3));
    const text = (value: unknown): string => (Array.isArray(value) ? value.map(text).join(' ') : typeof value === 'string' ? value : '');
    const formatted = text(values('fn')[0]?.[0]);
    const structured = values('n')[0]?.[0];
    // N is family; given; additional; prefixes; suffixes.
    const fromParts = Array.isArray(structured) ? [structured[1], structured[2], structured[0]].map(text).filter(Boolean).join(' ') : text(structured);
    contacts.push(
      contact(
        formatted || fromParts,
        values('email').map((v) => text(v[0])),
        values('tel').map((v) => text(v[0])),
        values('bday').map((v) => String(v[0] ?? ''))[0],
      ),
    );
  }
  return contacts;
}

/**
 * Outlook still writes vCard 2.1, which ical.js (RFC 6350) does not read: parameters
 * without a name (`TEL;CELL:`) and quoted-printable values, whose long lines end in "=".
 * They are rewritten the 3.0 way first; a 3.0 or 4.0 file passes through unchanged.
 */
export function fromVCard21(source: string): string {
  const lines = source.split(/\r\n|\n|\r/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const colon = line.indexOf(':');
    if (colon <= 0 || /^[ \t]/.test(line)) {
      out.push(line);
      continue;
    }
    const [name = '', ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    const quoted = params.some((param) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(param));
    if (quoted) {
      while (value.endsWith('=') && i + 1 < lines.length) value = value.slice(0, -1) + (lines[++i] ?? '');
      value = decodeQuotedPrintable(value);
    }
    const kept = params
      .filter((param) => !/^(ENCODING=|CHARSET=)/i.test(param) && !/^QUOTED-PRINTABLE$/i.test(param))
      .map((param) => (param.includes('=') ? param : `TYPE=${param}`));
    line = [name, ...kept].join(';') + ':' + value;
    out.push(line);
  }
  return out.join('\r\n');
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}$/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]));
  }
  // Line breaks inside a value are written as \n in vCard 3.0.
  return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r?\n/g, '\\n');
}

// ---- CSV ----

const COLUMN = {
  name: /^(name|full name|display name)$/,
  first: /^(first name|given name)$/,
  middle: /^(middle name|additional name)$/,
  last: /^(last name|family name|surname)$/,
  email: /e-?mail/,
  // Whole words: Google's "Phonetic First Name" is no phone, nor Outlook's "Telex".
  phone: /\bphone\b|\btelephone\b|\bmobile\b|^tel\b/,
  birthday: /birthday|birth date|date of birth|^bday$/,
  label: /label|type$/,
};

function readCsv(source: string): FoundContact[] | undefined {
  const result = Papa.parse<Record<string, string>>(source, { header: true, skipEmptyLines: 'greedy' });
  const headers = result.meta.fields ?? [];
  if (headers.length < 1 || result.data.length === 0) return undefined;
  const columns = (pattern: RegExp) => headers.filter((header) => pattern.test(header.trim().toLowerCase()) && !COLUMN.label.test(header.trim().toLowerCase()));
  const [name, first, middle, last] = [COLUMN.name, COLUMN.first, COLUMN.middle, COLUMN.last].map((p) => columns(p)[0]);
  const emails = columns(COLUMN.email);
  const phones = columns(COLUMN.phone);
  const birthday = columns(COLUMN.birthday)[0];
  if (!name && !first && !last && emails.length === 0 && phones.length === 0) return [];
  const cell = (row: Record<string, string>, column: string | undefined) => (column ? (row[column] ?? '').trim() : '');
  // Google puts several values in one cell: "a@example.com ::: b@example.com".
  const many = (row: Record<string, string>, list: string[]) => list.flatMap((column) => cell(row, column).split(':::'));
  return result.data.map((row) =>
    contact(
      cell(row, name) ||
        [first, middle, last]
          .map((column) => cell(row, column))
          .filter(Boolean)
          .join(' '),
      many(row, emails),
      many(row, phones),
      cell(row, birthday) || undefined,
    ),
  );
}
