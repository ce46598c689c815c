import { useId, useRef, useState } from 'preact/hooks';
import type { Person } from '../../../core/people';
import type { Ritual } from '../../../core/rituals';
import { weekdayOf } from '../../../core/time';
import { listPeople } from '../../../db/people';
import { addRitual, deleteRitual, listRituals, updateRitual } from '../../../db/rituals';
import { getSettings } from '../../../db/settings';
import { t, type MessageKey } from '../../../i18n';
import { sendRequest } from '../../../messaging';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusLine } from '../../components/StatusLine';
import { useLiveQuery } from '../../use-live-query';
import { useAnnouncer } from '../use-announcer';
import { writeProblem } from '../save-settings';
import { NotificationSwitch } from './NotificationSwitch';
import { RitualForm, type RitualFormValue } from './RitualForm';
import { everyText } from './ritual-words';

const loadAll = async () => {
  const [rituals, people, settings] = await Promise.all([listRituals(), listPeople(), getSettings()]);
  return { rituals, people, settings };
};

/** Which form is open: a new ritual, or the id of the one being changed. */
type OpenForm = 'new' | number | undefined;

/**
 * Rituals: a small check-in that comes round on its day ("every Friday, text Dad"). On
 * its day it shows in the popup with a soft dot on the toolbar button, and, only if the
 * person turns it on, a system notification.
 */
export function RitualsSection() {
  const data = useLiveQuery(loadAll);
  const [open, setOpen] = useState<OpenForm>();
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const write = async (action: () => Promise<unknown>, said: string): Promise<boolean> => {
    setError(undefined);
    try {
      await action();
    } catch (cause) {
      console.error('Small Hellos could not change a ritual:', cause);
      setError(writeProblem(cause));
      return false;
    }
    // The toolbar follows the stored rituals by itself; this tells a ritual now due in a
    // notification, if the person turned them on (the background's next alarm would too).
    void sendRequest({ type: 'rituals-changed' });
    announce(said);
    return true;
  };

  const save = async (value: RitualFormValue) => {
    const editing = open;
    const done = await write(
      () => (editing === 'new' || editing === undefined ? addRitual(value, Date.now()) : updateRitual(editing, value)),
      t('ritualSaved'),
    );
    if (done) {
      setOpen(undefined);
      requestAnimationFrame(() => heading.current?.focus());
    }
  };

  const remove = (ritual: Ritual) => {
    if (ritual.id === undefined) return;
    const id = ritual.id;
    void write(() => deleteRitual(id), t('ritualDeleted', ritual.what)).then(() => heading.current?.focus());
  };

  return (
    <section class="rituals stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('ritualsHeading')}
      </h2>
      <p class="muted">{t('ritualsIntro')}</p>
      {data.status === 'error' && <ErrorNotice message="storageUnavailable" />}
      {data.status === 'ready' && (
        <>
          {data.value.rituals.length > 0 ? (
            <ul class="rituals__list">
              {data.value.rituals.map((ritual) =>
                open === ritual.id ? (
                  <li key={ritual.id} class="person person--editing">
                    <RitualForm initial={ritual} people={data.value.people} onSave={save} onCancel={() => setOpen(undefined)} />
                  </li>
                ) : (
                  <RitualRow key={ritual.id} ritual={ritual} people={data.value.people} onEdit={() => setOpen(ritual.id)} onDelete={() => remove(ritual)} />
                ),
              )}
            </ul>
          ) : (
            <p class="muted">{t('ritualsEmpty')}</p>
          )}
          {open === 'new' ? (
            <RitualForm
              initial={{ what: '', weekday: weekdayOf(Date.now(), data.value.settings.dayStartsAtMinutes), every: 'week' }}
              people={data.value.people}
              onSave={save}
              onCancel={() => setOpen(undefined)}
            />
          ) : (
            <button type="button" class="button" onClick={() => setOpen('new')}>
              {t('ritualAdd')}
            </button>
          )}
          <NotificationSwitch />
        </>
      )}
      <StatusLine status={status} error={error} />
    </section>
  );
}

function RitualRow({ ritual, people, onEdit, onDelete }: { ritual: Ritual; people: readonly Person[]; onEdit(): void; onDelete(): void }) {
  const person = people.find((candidate) => candidate.id === ritual.personId);
  return (
    <li class="person">
      <div class="person__about">
        <p class="person__name">{ritual.what}</p>
        <p class="muted">
          {everyText(ritual)}
          {person ? ` · ${t('ritualForPerson', person.name)}` : ''}
        </p>
      </div>
      <div class="row">
        <button type="button" class="button button--small" aria-label={t('ritualEditNamed', ritual.what)} onClick={onEdit}>
          {t('ritualEdit')}
        </button>
        <button type="button" class="button button--quiet button--small" aria-label={t('ritualDeleteNamed', ritual.what)} onClick={onDelete}>
          {t('ritualDelete')}
        </button>
      </div>
    </li>
  );
}
