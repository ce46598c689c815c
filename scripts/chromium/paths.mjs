/** Where things are: the repository, the build the browser loads, the fixtures, and the extension's own pages. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built extension: dist/, or another build folder named by SMALL_HELLOS_DIST. */
export const dist = path.resolve(ROOT, process.env.SMALL_HELLOS_DIST || 'dist');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

/** The path of the card page inside the extension (its URL has a dynamic id in a page). */
export const CARD_PATH = '/src/ui/nudge/index.html';
export const POPUP_PATH = '/src/ui/popup/index.html';
/** The welcome the extension opens once, when it is installed. */
export const WELCOME_PATH = '/src/ui/welcome/index.html';
