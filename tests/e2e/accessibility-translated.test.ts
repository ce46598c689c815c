/** Axe's WCAG 2.2 AA rules on every view of the extension, in every language it speaks besides English (see accessibility-stories.ts). */
import { describe } from 'vitest';
import { everyViewIn } from './accessibility-stories';
import { builtLocales } from './helpers';

describe.each(builtLocales().filter((locale) => locale !== 'en'))('accessibility of every extension page, in %s', everyViewIn);
