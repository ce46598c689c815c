import { useEffect } from 'preact/hooks';
import { isUnderWay } from '../../core/flow';
import { sendRequest } from '../../messaging';
import { IdeaFlow } from '../components/flow/IdeaFlow';
import { useIdeaFlow } from '../components/flow/use-idea-flow';

/** Today's idea in the popup: asked of the background only when it is to be shown. */
export function PopupFlow({ onUnderWay }: { onUnderWay(underWay: boolean): void }) {
  const flow = useIdeaFlow({ load: () => sendRequest({ type: 'nudge-today' }), onEnd: () => undefined });
  const underWay = flow.view !== 'loading' && flow.view !== 'gone' && isUnderWay(flow.view);
  useEffect(() => onUnderWay(underWay), [underWay]);
  return <IdeaFlow flow={flow} place="popup" />;
}
