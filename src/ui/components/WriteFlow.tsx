import { useState } from 'preact/hooks';
import type { Awkwardness } from '../../core/expectations';
import { t } from '../../i18n';
import type { NudgeView } from '../../messages';
import type { IdeaFlow } from './flow/use-idea-flow';
import { HeavyAnswer } from './HeavyAnswer';
import { Reflection } from './Reflection';
import { Writing } from './Writing';

export interface WriteFlowProps {
  flow: IdeaFlow;
  nudge: NudgeView;
  /** Move focus to the note when it opens: only after the person asked for it. */
  takeFocus: boolean;
}

/**
 * Writing a note, sending it the person's own way, and a short reflection, on the card and
 * in the popup alike. It never sends anything: each channel opens a place where the person
 * sends the note themselves. After the reflection comes thanks, or, after Heavier, a caring
 * answer; either stays until the person closes it, the same for both.
 */
export function WriteFlow({ flow, nudge, takeFocus }: WriteFlowProps) {
  // Told while writing, and asked again ("how did it actually feel?") only if it was.
  const [expected, setExpected] = useState<Awkwardness | undefined>(nudge.expectedAwkward);
  switch (flow.view) {
    case 'writing':
      return <Writing nudge={nudge} flow={flow} expected={expected} onExpected={setExpected} takeFocus={takeFocus} />;
    case 'reflect':
      return <Reflection askActual={expected !== undefined} onFinish={(choice) => void flow.reflect(choice)} />;
    case 'heavy':
      return <HeavyAnswer />;
    case 'thanks':
      return (
        <p tabIndex={-1} role="status" data-flow-lead>
          {t('thanksForReachingOut')}
        </p>
      );
    default:
      return null;
  }
}
