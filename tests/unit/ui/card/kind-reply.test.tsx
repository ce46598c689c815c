import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { NudgeView } from '../../../../src/messages';
import { background, forMaya, freshCardEachTime, startWriting } from './harness';

freshCardEachTime();

/** A follow-up on her news: a kind reply may end with a gentle question. */
const forMayaNews: NudgeView = { ...forMaya, suggestion: { ...forMaya.suggestion, templateId: 'fu_how_went', draft: 'Hi Maya,\nhow was the first week?' } };
/** Her hard time: the note asks nothing back. */
const forMayaHardTime: NudgeView = {
  ...forMaya,
  suggestion: { ...forMaya.suggestion, templateId: 'em_detail_warmth', draft: 'Hi Maya,\nThinking of you. No need to reply.' },
};

const field = (name: string) => screen.getByRole('textbox', { name });

describe('help me reply kindly', () => {
  it('is offered only on an idea that answers their news', async () => {
    background(undefined, forMaya);
    await startWriting();
    expect(screen.queryByRole('button', { name: 'Help me reply kindly' })).toBeNull();
  });

  it('opens three small steps and puts the reply they make after the greeting', async () => {
    background(undefined, forMayaNews);
    const note = await startWriting();
    const help = screen.getByRole('button', { name: 'Help me reply kindly' });
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: '1. Acknowledge how they feel' })).toBeNull();

    fireEvent.click(help);
    expect(help.getAttribute('aria-expanded')).toBe('true');
    const add = screen.getByRole('button', { name: 'Add to my note' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.input(field('1. Acknowledge how they feel'), { target: { value: ' That sounds exhausting ' } });
    fireEvent.input(field('2. A brief moment of your own (optional)'), { target: { value: 'I felt the same when I moved' } });
    fireEvent.input(field('3. One gentle question'), { target: { value: 'How are you finding the evenings' } });
    fireEvent.click(add);

    const reply = 'That sounds exhausting. I felt the same when I moved. How are you finding the evenings?';
    // What followed the greeting now follows a sentence, and starts with its capital.
    expect(note.value).toBe(`Hi Maya,\n${reply}\nHow was the first week?`);
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Added after your greeting.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(note));
  });

  it('asks no question above a note that asks nothing back', async () => {
    background(undefined, forMayaHardTime);
    const note = await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    expect(field('1. Acknowledge how they feel')).toBeTruthy();
    expect(field('2. A brief moment of your own (optional)')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '3. One gentle question' })).toBeNull();
    fireEvent.input(field('1. Acknowledge how they feel'), { target: { value: 'That sounds so hard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my note' }));
    expect(note.value).toBe('Hi Maya,\nThat sounds so hard.\nThinking of you. No need to reply.');
  });

  it('leaves the reply free to edit and sends the note as the person left it', async () => {
    const steps = background(undefined, forMayaNews);
    const note = await startWriting();
    fireEvent.input(note, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    fireEvent.input(field('3. One gentle question'), { target: { value: 'How is the new place?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my note' }));

    expect(note.value).toBe('How is the new place?');
    fireEvent.input(note, { target: { value: 'How is the new place? Thinking of you.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    await waitFor(() => expect(steps).toContainEqual({ kind: 'sent', text: 'How is the new place? Thinking of you.', subject: 'Hello' }));
  });
});
