import { useId, useRef, useState } from 'preact/hooks';
import type { Person } from '../../core/people';
import type { Ritual } from '../../core/rituals';
import { letRitualGo, ritualDone } from '../../db/rituals';
import { t, type MessageKey } from '../../i18n';
import { StatusLine } from '../components/StatusLine';
import { writeProblem } from '../components/save-problem';

/** A due ritual's two answers, each named with what the ritual is for a screen reader's list of buttons. */
const ANSWERS = [
  { done: true, label: 'ritualDone', named: 'ritualDoneNamed', class: 'button button--primary button--small' },
  { done: false, label: 'ritualNotThisTime', named: 'ritualNotThisTimeNamed', class: 'button button--quiet button--small' },
] as const;

/**
 * The rituals due today ("Text Dad"), each with Done (a small hello, and their rhythm
 * starts again) and Not this time (it rests until its next day; nothing is kept of it).
 */
export function DueRituals({ due, people }: { due: readonly Ritual[]; people: readonly Person[] }) {
  const [said, setSaid] = useState('');
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();
  const statusLine = useRef<HTMLParagraphElement>(null);
  if (due.length === 0 && !said && !error) return null;

  const act = async (ritual: Ritual, done: boolean) => {
    if (ritual.id === undefined) return;
    setError(undefined);
    try {
      await (done ? ritualDone(ritual.id, Date.now()) : letRitualGo(ritual.id, Date.now()));
    } catch (cause) {
      console.error('Small Hellos could not keep that ritual:', cause);
      setError(writeProblem(cause));
      return;
    }
    setSaid(t(done ? 'ritualDoneThanks' : 'ritualLetGo'));
    // The buttons pressed are gone: the line that says what happened keeps the keyboard.
    requestAnimationFrame(() => statusLine.current?.focus());
  };

  return (
    <section class="rituals-due stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ritualsDueHeading')}</h2>
      {due.length > 0 && (
        <ul class="rituals-due__list">
          {due.map((ritual) => {
            const person = people.find((candidate) => candidate.id === ritual.personId);
            return (
              <li key={ritual.id} class="rituals-due__item stack">
                <p>
                  <strong>{ritual.what}</strong>
                  {person && <span class="muted"> · {t('ritualForPerson', person.name)}</span>}
                </p>
                <div class="row">
                  {ANSWERS.map((answer) => (
                    <button
                      key={answer.label}
                      type="button"
                      class={answer.class}
                      aria-label={t(answer.named, ritual.what)}
                      onClick={() => void act(ritual, answer.done)}
                    >
                      {t(answer.label)}
                    </button>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <StatusLine status={said} error={error} lineRef={statusLine} />
    </section>
  );
}
