/**
 * What the popup's stories share: the background answering the popup as it would (its
 * router, on this test's database), and ways to reach today's idea as a person does.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import type { MockInstance } from 'vitest';
import { handleMessage } from '../../../../src/background/router';
import { newNudge, type Nudge } from '../../../../src/core/nudge';
import type { PersonFields } from '../../../../src/core/people';
import { db } from '../../../../src/db/database';
import { fakeBrowser } from '../../../support/fake-browser';

export const POPUP_PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };
export const RESTING = 'Resting today. Small Hellos will be here tomorrow.';
export const RESTING_LEAD = 'Today is for resting. Nothing more is asked of you.';
export const DAY_STARTS = 4 * 60;
export const DAY = 86_400_000;

/**
 * Runs `story` in a profile whose storage refuses to open, as a full disk does; the errors
 * the popup logs (`logged`) are kept out of the test's output.
 */
export async function withStorageRefused(story: (logged: MockInstance<typeof console.error>) => Promise<void>): Promise<void> {
  db.close({ disableAutoOpen: false });
  const refuse = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('Not enough space to open the database.', 'QuotaExceededError');
  });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await story(logged);
  } finally {
    refuse.mockRestore();
    logged.mockRestore();
  }
}

/** The popup's requests go to the background, which answers as it would. */
export function backgroundAnswers(): void {
  beforeEach(() => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => handleMessage(message, POPUP_PAGE));
  });
}

export function nudgeAt(shownAt: number, prompt: string, changes: Partial<Nudge> = {}): Nudge {
  return {
    ...newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt, draft: 'Draft' } }, shownAt, DAY_STARTS),
    ...changes,
  };
}

export function person(fields: Partial<PersonFields> & Pick<PersonFields, 'name'>): PersonFields {
  return { callName: fields.name.split(' ')[0] ?? fields.name, handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [], ...fields };
}

const IDEA = /^(Write it|I did it)$/;

/** Waits until today's idea (or the energy question before it) has come from the background. */
export async function ideaShown(): Promise<void> {
  await screen.findByRole('button', { name: /^(Write it|I did it|Rather not say)$/ });
}

/** Today's idea, past today's energy question if the popup asks it first: the person would rather not say. */
export async function pastTheQuestion(): Promise<void> {
  const first = await screen.findByRole('button', { name: /^(Write it|I did it|Rather not say)$/ });
  if (first.textContent !== 'Rather not say') return;
  fireEvent.click(first);
  await screen.findByRole('button', { name: IDEA });
}

/** The prompt of today's idea, and its reason, opened. */
export async function todaysIdea(): Promise<{ prompt: string; why: string | undefined }> {
  await pastTheQuestion();
  const section = await screen.findByRole('region', { name: "Today's small hello" });
  const prompt = section.querySelector('.suggestion__prompt')?.textContent ?? '';
  const toggle = within(section).queryByRole('button', { name: 'Why this?' });
  if (!toggle) return { prompt, why: undefined };
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return { prompt, why: section.querySelector('.why__reason')?.textContent ?? undefined };
}

/** Another idea, and waits until it is shown. */
export async function anotherIdea(): Promise<void> {
  const before = (await todaysIdea()).prompt;
  fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
  await waitFor(() => expect(document.querySelector('.suggestion__prompt')?.textContent).not.toBe(before));
}

/** Write it, asking for another idea while today's is one away from the screen. */
export async function writeTodaysIdea(): Promise<HTMLTextAreaElement> {
  await pastTheQuestion();
  for (let tries = 0; tries < 3 && (await screen.findByRole('button', { name: IDEA })).textContent !== 'Write it'; tries += 1) await anotherIdea();
  fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
  return (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
}

/**
 * The parts the popup imports after its first view (the idea's flow, small wins and the
 * history), compiled once before the stories: a story's wait is then for the popup, not
 * for the test runner compiling them on first import.
 */
export function laterPartsCompiled(): void {
  beforeAll(async () => {
    await Promise.all([import('../../../../src/ui/popup/PopupFlow'), import('../../../../src/ui/popup/LookingBack')]);
  });
}
