/** Axe's WCAG 2.2 AA rules on every view of the extension, in English (see accessibility-stories.ts). */
import { describe } from 'vitest';
import { everyViewIn } from './accessibility-stories';

describe.each(['en'])('accessibility of every extension page, in %s', everyViewIn);
