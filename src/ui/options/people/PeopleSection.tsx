import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Person, PersonFields } from '../../../core/people';
import { forgetPerson } from '../../../db/forget';
import { addPerson, listPeople, setArchived, updatePerson } from '../../../db/people';
import { t, type MessageKey } from '../../../i18n';
import { DisclosureButton } from '../../components/Disclosure';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusLine } from '../../components/StatusLine';
import { writeProblem } from '../../components/save-problem';
import { formatNumber } from '../../format-number';
import { useLiveQuery } from '../../use-live-query';
import { useAnnouncer } from '../use-announcer';
import { ContactsImport } from './ContactsImport';
import { PersonForm } from './PersonForm';
import { PersonRow } from './PersonRow';

/** Which form is open: a new person, contacts from a file, or the id of the person being changed. */
type OpenForm = 'new' | 'contacts' | number | undefined;

const loadPeople = () => listPeople({ includeArchived: true });

/** The people someone wants to stay close to: find, add, change, archive and delete. */
export function PeopleSection() {
  const people = useLiveQuery(loadPeople);
  const [openForm, setOpenForm] = useState<OpenForm>();
  const [query, setQuery] = useState('');
  const [archivedOpen, setArchivedOpen] = useState(false);
  const [actionError, setActionError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const sectionRef = useRef<HTMLElement>(null);
  // A control that should have the keyboard once the page shows the change just made. It is
  // state, not a ref, so it is acted on after the render that shows the change.
  const [focusRequest, setFocusRequest] = useState<{ selector: string }>();
  const ids = { heading: useId(), search: useId(), archived: useId() };

  useEffect(() => {
    const section = sectionRef.current;
    if (!focusRequest || !section) return;
    // The control may be gone (a renamed person no longer matches the search): the
    // heading keeps the keyboard in this section instead of dropping it at the page top.
    const target = section.querySelector<HTMLElement>(focusRequest.selector) ?? section.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [focusRequest]);

  const groups = useMemo(() => {
    const all = people.status === 'ready' ? people.value : [];
    return groupPeople(all, query);
  }, [people, query]);

  const closeForm = (focus: string) => {
    setFocusRequest({ selector: focus });
    setOpenForm(undefined);
  };

  const save = async (fields: PersonFields) => {
    const editing = openForm;
    if (editing === undefined || editing === 'contacts') return;
    if (editing === 'new') await addPerson(fields, Date.now());
    else await updatePerson(editing, fields);
    closeForm(editing === 'new' ? '[data-focus="add"]' : `[data-focus="edit-${editing}"]`);
    announce(t('personSaved'));
  };

  const change = async (write: () => Promise<void>, done: string) => {
    setActionError(undefined);
    try {
      await write();
      setFocusRequest({ selector: 'h2' });
      announce(done);
    } catch (cause) {
      console.error('Small Hellos could not change a person:', cause);
      // No room left is said as such: the person learns nothing was lost, and what makes room.
      setActionError(writeProblem(cause, 'errorChangeFailed'));
    }
  };

  const archive = (person: Person, archived: boolean) =>
    void change(() => setArchived(idOf(person), archived), t(archived ? 'personArchivedStatus' : 'personRestoredStatus', person.name));

  const remove = (person: Person) => {
    if (openForm === person.id) setOpenForm(undefined);
    // Forgetting takes them and every history entry that names them, in one transaction.
    void change(async () => void (await forgetPerson(idOf(person))), t('personDeletedStatus', person.name));
  };

  const rows = (list: readonly Person[]) =>
    list.map((person) =>
      openForm === person.id ? (
        <li key={person.id} class="person person--editing">
          <PersonForm person={person} onSave={save} onCancel={() => closeForm(`[data-focus="edit-${person.id}"]`)} />
        </li>
      ) : (
        <PersonRow key={person.id} person={person} onEdit={(chosen) => setOpenForm(chosen.id)} onArchive={archive} onDelete={remove} />
      ),
    );

  const searching = query.trim() !== '';
  return (
    <section ref={sectionRef} class="stack people" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {t('peopleHeading')}
      </h2>
      <p class="muted">{t('peopleIntro')}</p>

      {people.status === 'error' && <ErrorNotice message="peopleUnavailable" />}
      {people.status === 'loading' && (
        <p class="muted" aria-busy="true">
          {t('loading')}
        </p>
      )}

      {people.status === 'ready' && (
        <>
          {openForm === 'new' ? (
            <PersonForm onSave={save} onCancel={() => closeForm('[data-focus="add"]')} />
          ) : openForm === 'contacts' ? (
            <ContactsImport people={people.value} onClose={() => closeForm('[data-focus="contacts"]')} />
          ) : (
            <div class="row">
              <button type="button" class="button button--primary" data-focus="add" onClick={() => setOpenForm('new')}>
                {t('peopleAdd')}
              </button>
              <button type="button" class="button" data-focus="contacts" onClick={() => setOpenForm('contacts')}>
                {t('contactsImport')}
              </button>
            </div>
          )}
          <StatusLine status={status} error={actionError} />

          {people.value.length === 0 ? (
            <p class="people__empty">{t('peopleEmpty')}</p>
          ) : (
            <>
              <div class="field people__search">
                <label for={ids.search}>{t('peopleSearch')}</label>
                <input id={ids.search} type="search" value={query} autoComplete="off" onInput={(event) => setQuery(event.currentTarget.value)} />
              </div>
              <p role="status" class="status muted">
                {searching ? t('peopleSearchMatches', formatNumber(groups.active.length + groups.archived.length)) : ''}
              </p>

              {groups.active.length > 0 ? (
                <ul class="people__list" aria-labelledby={ids.heading}>
                  {rows(groups.active)}
                </ul>
              ) : searching ? (
                <p class="muted">{t('peopleSearchNoMatch')}</p>
              ) : (
                <p class="people__empty">{t('peopleEmpty')}</p>
              )}

              {groups.archived.length > 0 && (
                <div class="people__archived stack">
                  <h3>
                    <DisclosureButton open={archivedOpen} panelId={ids.archived} class="disclosure" onToggle={() => setArchivedOpen((open) => !open)}>
                      {t('peopleArchived', formatNumber(groups.archived.length))}
                    </DisclosureButton>
                  </h3>
                  {archivedOpen && (
                    <div id={ids.archived} class="stack">
                      <p class="muted">{t('peopleArchivedHint')}</p>
                      <ul class="people__list" aria-label={t('peopleArchived', formatNumber(groups.archived.length))}>
                        {rows(groups.archived)}
                      </ul>
                    </div>
                  )}
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function idOf(person: Person): number {
  if (person.id === undefined) throw new Error('A stored person has no id');
  return person.id;
}

/**
 * Everyone (already in name order from the repository), split into the active list and
 * Archived, keeping only names that contain the search. One pass: quick with hundreds.
 */
export function groupPeople(people: readonly Person[], query: string): { active: Person[]; archived: Person[] } {
  const needle = query.trim().toLocaleLowerCase();
  const active: Person[] = [];
  const archived: Person[] = [];
  for (const person of people) {
    if (needle && !person.name.toLocaleLowerCase().includes(needle)) continue;
    (person.archived ? archived : active).push(person);
  }
  return { active, archived };
}
