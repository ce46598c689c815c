import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SYNC_LIMITS } from '../../../core/sync/layout';
import { HEADER_NAME } from '../../../core/sync/layout';
import { peekSyncState, type SyncProblem } from '../../../db/sync-state';
import { t, type MessageKey } from '../../../i18n';
import { startCopyOver, turnSyncOff, useSyncPassphrase } from '../../../sync/account';
import { browserSyncPlaces } from '../../../sync/areas';
import { askToSendPeople, stopSendingPeople } from '../../../sync/consent';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatNumber, type CountWords } from '../../format-number';
import { formatDateTime } from '../../format-time';
import { useLiveQuery } from '../../use-live-query';
import { ConfirmQuestion } from '../ConfirmQuestion';
import { writeProblem } from '../save-settings';
import { useAnnouncer } from '../use-announcer';
import { SyncPassphraseForm } from './SyncPassphraseForm';

type SyncView = Awaited<ReturnType<typeof peekSyncState>>;
type Step = 'none' | 'passphrase' | 'start-over' | 'turn-off';

const PEOPLE: CountWords = { one: 'countPeopleOne', other: 'countPeopleOther' };
const PROBLEMS: Partial<Record<SyncProblem['kind'], MessageKey>> = {
  full: 'syncProblemFull',
  'too-many-writes': 'syncProblemWrites',
  unavailable: 'syncProblemUnavailable',
  refused: 'syncProblemRefused',
};
const PASSPHRASE_SUBMIT: Record<'true' | 'false', MessageKey> = { true: 'syncContinue', false: 'syncStart' };

/** What the passphrase form says: type it again (or the new one of a copy started over), type the other computer's, or choose one. */
function passphraseHint(state: SyncView, joining: boolean): MessageKey {
  if (state.on) return state.problem?.kind === 'copy-replaced' ? 'syncCopyReplaced' : 'syncNeedsPassphrase';
  return joining ? 'syncJoinHint' : 'syncChooseHint';
}

/** Below this many more people, the copy is said to be nearly full. */
const NEARLY_FULL_PEOPLE = 20;

/** On your other computers: what sync carries and how, and turning it on and off. */
export function SyncSection() {
  const state = useLiveQuery(peekSyncState);
  return (
    <>
      <p class="muted">{t('syncWhatGoes')}</p>
      <p class="muted">{t('syncHowItGoes')}</p>
      <p class="muted">{t('syncWhichBrowsers')}</p>
      {state.status === 'ready' && <SyncControls state={state.value} />}
    </>
  );
}

/** Whether this browser session holds the key of the copy (it forgets it when it closes), and whether the account holds a copy. */
function useSyncAccess(state: SyncView, asked: number): { unlocked: boolean | undefined; copyExists: boolean | undefined } {
  const [access, setAccess] = useState<{ unlocked: boolean | undefined; copyExists: boolean | undefined }>({ unlocked: undefined, copyExists: undefined });
  useEffect(() => {
    let current = true;
    const look = async () => {
      const { area, keys } = browserSyncPlaces();
      const unlocked = state.on && state.account ? Boolean(await keys.recall(state.account)) : false;
      const copyExists = await area.get(HEADER_NAME).then(
        (stored) => HEADER_NAME in stored,
        () => false,
      );
      if (current) setAccess({ unlocked, copyExists });
    };
    look().catch((error: unknown) => console.error('Small Hellos could not look at sync:', error));
    return () => {
      current = false;
    };
  }, [state.on, state.account, state.problem?.kind, asked]);
  return access;
}

function SyncControls({ state }: { state: SyncView }) {
  const [step, setStep] = useState<Step>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const [asked, setAsked] = useState(0);
  const [status, announce] = useAnnouncer();
  const { unlocked, copyExists } = useSyncAccess(state, asked);
  const opener = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const places = () => browserSyncPlaces();

  const run = async (task: () => Promise<MessageKey | { error: MessageKey }>) => {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await task();
      if (typeof outcome === 'object') setError(outcome.error);
      else {
        setStep('none');
        announce(t(outcome));
      }
    } catch (cause) {
      console.error('Small Hellos could not change sync:', cause);
      setError(writeProblem(cause));
    } finally {
      setBusy(false);
      setAsked((count) => count + 1);
    }
  };

  const usePassphrase = (passphrase: string) => {
    // Firefox asks the person first, in the click itself; Chrome allows at once.
    const allowed = state.on ? Promise.resolve(true) : askToSendPeople();
    void run(async () => {
      if (!(await allowed)) return { error: 'syncDeclined' };
      const outcome = await useSyncPassphrase(passphrase, places(), Date.now());
      if (!outcome.ok) return { error: outcome.reason === 'wrong-passphrase' ? 'syncWrongPassphrase' : 'syncUnavailable' };
      return state.on ? 'syncIsOn' : outcome.joined ? 'syncJoined' : 'syncStarted';
    });
  };
  const startOver = (passphrase: string) => {
    const allowed = state.on ? Promise.resolve(true) : askToSendPeople();
    void run(async () => {
      if (!(await allowed)) return { error: 'syncDeclined' };
      await startCopyOver(passphrase, places(), Date.now());
      return 'syncStartedOver';
    });
  };
  const turnOff = () =>
    void run(async () => {
      await turnSyncOff(places());
      await stopSendingPeople();
      return 'syncTurnedOff';
    });
  const cancel = () => {
    setStep('none');
    setError(undefined);
    opener.current?.focus();
  };

  const waitsForPassphrase = state.on && (unlocked === false || state.problem?.kind === 'copy-replaced');
  const joining = state.on || copyExists === true;
  return (
    <div class="stack">
      {state.problem?.kind === 'copy-removed' && !state.on && <p class="notice">{t('syncCopyRemoved')}</p>}
      {state.on && unlocked && !waitsForPassphrase && <SyncStatus state={state} />}

      {step === 'start-over' ? (
        <>
          <p>{t('syncStartOverQuestion')}</p>
          <SyncPassphraseForm choose hint="syncChooseHint" submitLabel="syncStartOver" busy={busy} error={error} onSubmit={startOver} onCancel={cancel} />
        </>
      ) : step === 'turn-off' ? (
        <>
          <ConfirmQuestion
            id={questionId}
            question={t('syncTurnOffQuestion')}
            confirm={t('syncTurnOff')}
            keep={t('syncKeepOn')}
            onConfirm={turnOff}
            onKeep={cancel}
          />
          <ErrorNotice message={error} />
        </>
      ) : step === 'passphrase' || waitsForPassphrase ? (
        <>
          <SyncPassphraseForm
            choose={!joining}
            hint={passphraseHint(state, joining)}
            submitLabel={PASSPHRASE_SUBMIT[state.on ? 'true' : 'false']}
            busy={busy}
            error={error}
            onSubmit={usePassphrase}
            {...(state.on ? {} : { onCancel: cancel })}
          />
          {joining && error === 'syncWrongPassphrase' && (
            <div class="row">
              <button type="button" class="button" onClick={() => (setError(undefined), setStep('start-over'))}>
                {t('syncForgot')}
              </button>
            </div>
          )}
        </>
      ) : (
        <div class="row">
          <button ref={opener} type="button" class="button" onClick={() => setStep(state.on ? 'turn-off' : 'passphrase')}>
            {t(state.on ? 'syncTurnOff' : 'syncTurnOn')}
          </button>
        </div>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}

function SyncStatus({ state }: { state: SyncView }) {
  const problem = state.problem ? PROBLEMS[state.problem.kind] : undefined;
  const heard = Math.max(0, ...Object.values(state.heardFrom));
  const usage = state.usage;
  const nearlyFull = usage && (usage.morePeople < NEARLY_FULL_PEOPLE || usage.bytes > SYNC_LIMITS.quotaBytes * 0.9);
  return (
    <div class="stack">
      <p>
        {t('syncIsOn')} {state.lastSyncedAt ? t('syncLastSynced', formatDateTime(state.lastSyncedAt)) : ''}
      </p>
      {usage && (
        <p class="muted">
          {nearlyFull
            ? t('syncNearlyFull', formatNumber(usage.morePeople))
            : t('syncRoom', [formatCount(usage.people, PEOPLE), formatNumber(usage.morePeople)])}
        </p>
      )}
      <p class="muted">{heard > 0 ? t('syncHeard', formatDateTime(heard)) : t('syncNotHeard')}</p>
      {problem && <p class="notice">{t(problem)}</p>}
    </div>
  );
}

/** Delete everything's choice while sync is on: whether the synced copy goes too. Nothing while sync is off. */
export function SyncedCopyChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const state = useLiveQuery(peekSyncState);
  if (state.status !== 'ready' || !state.value.on) return null;
  return (
    <label class="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {t('syncDeleteCopyToo')}
    </label>
  );
}
