import { useId, useState } from 'preact/hooks';
import { likelyInList, personFromContact } from '../../../core/contact-person';
import type { ContactsProblem, FoundContact } from '../../../core/contacts';
import type { Person } from '../../../core/people';
import { addPeople } from '../../../db/people';
import { t, type MessageKey } from '../../../i18n';
import { Field } from '../../components/Field';
import { StatusLine } from '../../components/StatusLine';
import { formatNumber } from '../../format-number';
import { writeProblem } from '../save-settings';
import { useAnnouncer } from '../use-announcer';

const PROBLEMS: Record<ContactsProblem, MessageKey> = {
  empty: 'contactsEmpty',
  'too-large': 'contactsTooLarge',
  unreadable: 'contactsUnreadable',
  'no-contacts': 'contactsNone',
};

/** The file parsers (ical.js, Papa Parse), loaded only once a file is chosen; undefined when they could not load. */
async function loadContactsReader() {
  try {
    return await import('../../../core/contacts');
  } catch (cause) {
    console.error('Small Hellos could not load its contacts reader:', cause);
    return undefined;
  }
}

/**
 * Import contacts: the people found in a vCard or CSV file, none chosen until the person
 * chooses; those who seem to be in the list already are marked. Only the chosen are added.
 */
export function ContactsImport({ people, onClose }: { people: readonly Person[]; onClose: () => void }) {
  const [found, setFound] = useState<FoundContact[]>();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<MessageKey>();
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const ids = { heading: useId(), file: useId(), hint: useId(), list: useId() };

  const choose = async (file: File | undefined) => {
    setProblem(undefined);
    setFound(undefined);
    setChosen(new Set());
    if (!file) return;
    const contacts = await loadContactsReader();
    if (!contacts) return setProblem('partDidNotLoad');
    if (file.size > contacts.MAX_CONTACTS_BYTES) return setProblem('contactsTooLarge');
    const reading = contacts.readContactsFile(await file.text());
    if (!reading.ok) return setProblem(PROBLEMS[reading.problem]);
    setFound(reading.contacts);
  };

  const toggle = (index: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });

  const add = async () => {
    if (!found) return;
    setError(undefined);
    const fields = [...chosen]
      .sort((a, b) => a - b)
      .flatMap((index) => {
        const contact = found[index];
        const person = contact && personFromContact(contact);
        return person ? [person] : [];
      });
    try {
      const added = await addPeople(fields, Date.now());
      setFound(undefined);
      setChosen(new Set());
      announce(t('contactsAdded', formatNumber(added)));
    } catch (cause) {
      console.error('Small Hellos could not add contacts:', cause);
      setError(writeProblem(cause));
    }
  };

  return (
    <section class="person-form stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('contactsHeading')}</h3>
      <Field id={ids.file} label={t('contactsChoose')} hint={{ id: ids.hint, text: t('contactsHint') }}>
        {(control) => (
          <input {...control} type="file" accept=".vcf,.vcard,.csv,text/vcard,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        )}
      </Field>
      {problem && (
        <p role="alert" class="notice">
          {t(problem)}
        </p>
      )}
      {found && (
        <fieldset class="settings-group stack">
          <legend id={ids.list}>{t('contactsFound', formatNumber(found.length))}</legend>
          <ul class="contacts">
            {found.map((contact, index) => (
              <li key={index}>
                <label class="contact">
                  <input type="checkbox" checked={chosen.has(index)} onChange={(e) => toggle(index, e.currentTarget.checked)} />
                  <span class="stack">
                    <span class="person__name">{contact.name}</span>
                    <span class="muted">{[contact.emails[0], contact.phones[0], contact.birthday?.replace(/^--/, '')].filter(Boolean).join(' · ')}</span>
                    {likelyInList(contact, people) && <span class="contact__known">{t('contactsAlreadyThere')}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div class="row">
        {found && (
          <button type="button" class="button button--primary" aria-disabled={chosen.size === 0} onClick={() => chosen.size > 0 && void add()}>
            {t('contactsAdd', formatNumber(chosen.size))}
          </button>
        )}
        <button type="button" class="button" onClick={onClose}>
          {t('contactsClose')}
        </button>
      </div>
      <StatusLine status={status} error={error} />
    </section>
  );
}
