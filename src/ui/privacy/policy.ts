import type { MessageKey } from '../../i18n';

/** One part of the privacy policy: a heading, then paragraphs, then points in a list. */
export interface PolicySection {
  readonly heading: MessageKey;
  readonly paragraphs: readonly MessageKey[];
  readonly points: readonly MessageKey[];
}

/**
 * The privacy policy's words in order, as message keys. The page in the extension shows
 * them, and the store's copy (store/<locale>/privacy-policy.md, written from the same keys
 * by `npm run store:policy`) says the same, so the two cannot drift apart.
 */
export const POLICY: { readonly title: MessageKey; readonly lead: MessageKey; readonly sections: readonly PolicySection[]; readonly closing: MessageKey } = {
  title: 'privacyTitle',
  lead: 'privacyLead',
  sections: [
    { heading: 'privacyKeptHeading', paragraphs: ['privacyKept', 'privacyKeptTidy'], points: [] },
    {
      heading: 'privacyLeavesHeading',
      paragraphs: ['privacyLeavesLead'],
      points: ['privacyLeavesYouSend', 'privacyLeavesSync', 'privacyLeavesExport', 'privacyLeavesNever'],
    },
    { heading: 'privacyNeverHeading', paragraphs: [], points: ['privacyNeverNetwork', 'privacyNeverReads', 'privacyNeverShares'] },
    { heading: 'privacySitesHeading', paragraphs: ['privacySites'], points: [] },
    {
      heading: 'privacyPermissionsHeading',
      paragraphs: [],
      points: ['privacyPermAlarms', 'privacyPermScripting', 'privacyPermStorage', 'privacyPermNotifications', 'privacyPermSites', 'privacyPermNot'],
    },
    { heading: 'privacyChoicesHeading', paragraphs: [], points: ['privacyChoicesSee', 'privacyChoicesSyncOff', 'privacyChoicesDelete'] },
  ],
  closing: 'privacyChanges',
};
