import { composeEmpathyReply } from '../../../src/core/empathy';

const none = { feeling: '', parallel: '', question: '' };

describe('composing a kind reply', () => {
  it('joins the three parts with single spaces, adding the marks they lack', () => {
    expect(
      composeEmpathyReply({
        feeling: 'That sounds exhausting',
        parallel: 'I felt the same when I moved',
        question: 'How are you finding the evenings',
      }),
    ).toBe('That sounds exhausting. I felt the same when I moved. How are you finding the evenings?');
  });

  it('gives an empty string when every part is empty or blank', () => {
    expect(composeEmpathyReply(none)).toBe('');
    expect(composeEmpathyReply({ feeling: '  ', parallel: '\n', question: '\t ' })).toBe('');
  });

  it('leaves out the parts left empty', () => {
    expect(composeEmpathyReply({ ...none, feeling: 'That sounds hard', question: 'How are you' })).toBe('That sounds hard. How are you?');
    expect(composeEmpathyReply({ ...none, question: 'How was the move' })).toBe('How was the move?');
    expect(composeEmpathyReply({ ...none, parallel: 'I remember my first week' })).toBe('I remember my first week.');
  });

  it('never doubles a mark that is already there', () => {
    expect(composeEmpathyReply({ feeling: 'That sounds exhausting.', parallel: 'I felt that too!', question: 'How are the evenings?' })).toBe(
      'That sounds exhausting. I felt that too! How are the evenings?',
    );
    expect(composeEmpathyReply({ ...none, feeling: 'That sounds like a lot…' })).toBe('That sounds like a lot…');
    expect(composeEmpathyReply({ ...none, feeling: 'You said “it was a lot.”' })).toBe('You said “it was a lot.”');
    expect(composeEmpathyReply({ ...none, question: 'Did they say “how are you?”' })).toBe('Did they say “how are you?”');
  });

  it('sees the end of a sentence inside German and French quotes too', () => {
    expect(composeEmpathyReply({ ...none, feeling: 'Du hast gesagt: „Es war einfach zu viel.“' })).toBe('Du hast gesagt: „Es war einfach zu viel.“');
    expect(composeEmpathyReply({ ...none, question: 'Hast du ‚Wie geht’s?‘ gemeint?' })).toBe('Hast du ‚Wie geht’s?‘ gemeint?');
    expect(composeEmpathyReply({ ...none, question: 'Tu as dit « ça va ? »' })).toBe('Tu as dit « ça va ? »');
    expect(composeEmpathyReply({ ...none, question: 'Hast du „Wie geht es dir?“ gefragt' })).toBe('Hast du „Wie geht es dir?“ gefragt?');
  });

  it('ends the question with a question mark instead of a full stop or comma', () => {
    expect(composeEmpathyReply({ ...none, question: 'How are you finding it.' })).toBe('How are you finding it?');
    expect(composeEmpathyReply({ ...none, question: 'How are you finding it,' })).toBe('How are you finding it?');
  });

  it('ends a statement with a full stop instead of a trailing comma', () => {
    expect(composeEmpathyReply({ ...none, feeling: 'That sounds hard,' })).toBe('That sounds hard.');
  });

  it('trims each part and keeps spaces single', () => {
    expect(composeEmpathyReply({ feeling: '  That sounds   hard ', parallel: '\tI moved too\n', question: ' How are   you? ' })).toBe(
      'That sounds hard. I moved too. How are you?',
    );
  });

  it('keeps a part that is only punctuation out of the reply', () => {
    expect(composeEmpathyReply({ feeling: ',', parallel: ' - ', question: '.' })).toBe('');
  });
});
