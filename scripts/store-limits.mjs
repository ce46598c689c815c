/**
 * What the stores accept, in characters (Unicode code points), as looked up in August 2026.
 * A store may change these; the sources say where to look again.
 */

/**
 * Chrome Web Store.
 * - name: 75. https://developer.chrome.com/docs/extensions/reference/manifest/name
 *   ("maximum of 75 characters"); MDN's manifest.json/name gives the same for the store.
 * - summary: 132, the manifest's `description`, which the store shows as the summary.
 *   https://developer.chrome.com/docs/extensions/reference/manifest/description
 * - description: 16,000, the dashboard's "Detailed description" (not in the documentation;
 *   the dashboard's own counter, as quoted in public notes such as shybyte/tos-checker#6).
 * - singlePurpose, justification: 1,000 each, the dashboard's counters on the Privacy
 *   practices tab (not in the documentation either; quoted from the dashboard in public
 *   submission notes). https://developer.chrome.com/docs/webstore/cws-dashboard-privacy
 */
export const CHROME = { name: 75, summary: 132, description: 16_000, singlePurpose: 1_000, justification: 1_000 };

/**
 * addons.mozilla.org, from the model fields of its server (mozilla/addons-server,
 * src/olympia/addons/models.py and migrations 0053 and 0057):
 * - name: 50 (`name = TranslatedField(max_length=50)`; MDN's manifest.json/name says the same),
 * - summary: 250, and no links in it (`NoURLsField(max_length=250)`),
 * - description: 15,000 (`PurifiedMarkdownField(max_length=15000)`, Markdown),
 * - privacyPolicy: 150,000 (`PurifiedMarkdownField(max_length=150000)`).
 */
export const AMO = { name: 50, summary: 250, description: 15_000, privacyPolicy: 150_000 };
