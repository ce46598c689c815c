import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { focusCardShortcut } from './shortcut';

/** How long after it appears the card says, once, that it is there. */
const ANNOUNCE_AFTER_MS = 400;

/**
 * What screen readers hear once, politely, when the card appears: that it is there and
 * how to reach it. Inside the card's own frame, so none of it is in the host page.
 */
export function useAnnouncement(visible: boolean): string {
  const [announcement, setAnnouncement] = useState('');
  const said = useRef(false);
  useEffect(() => {
    if (!visible || said.current) return undefined;
    said.current = true;
    let current = true;
    const timer = setTimeout(() => {
      void focusCardShortcut().then((shortcut) => {
        if (current) setAnnouncement(shortcut ? t('cardAnnouncement', shortcut) : t('cardAnnouncementNoShortcut'));
      });
    }, ANNOUNCE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [visible]);
  return announcement;
}
