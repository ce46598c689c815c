import { parseRequest } from '../../src/messages';

const VALID_STEPS = [
  { kind: 'writing' },
  { kind: 'channel', channel: 'gmail', text: 'Hi & thanks' },
  { kind: 'channel', channel: 'outlook', text: '' },
  { kind: 'channel', channel: 'email', text: 'Hello' },
  { kind: 'channel', channel: 'copy', text: 'Hello' },
  { kind: 'sent', text: 'Thank you, truly.' },
  { kind: 'reflect', feeling: 'lighter', note: 'It felt honest.' },
  { kind: 'reflect', feeling: 'same', note: '' },
  { kind: 'reflect', feeling: 'heavier', note: '' },
  { kind: 'dismiss' },
  { kind: 'mute' },
];

describe('parseRequest accepts', () => {
  it('a moment announcement', () => {
    expect(parseRequest({ type: 'moment', arrival: 'returned' })).toEqual({ type: 'moment', arrival: 'returned' });
    expect(parseRequest({ type: 'moment' })).toEqual({ type: 'moment' });
  });

  it('a quiet change from the popup', () => {
    expect(parseRequest({ type: 'quiet', change: 'snooze-tomorrow' })).toEqual({ type: 'quiet', change: 'snooze-tomorrow' });
  });

  it('a card moved to the other corner, and a card never seen', () => {
    expect(parseRequest({ type: 'card-corner', id: 3, corner: 'left' })).toEqual({ type: 'card-corner', id: 3, corner: 'left' });
    expect(parseRequest({ type: 'card-unseen', id: 3 })).toEqual({ type: 'card-unseen', id: 3 });
  });

  it('a request for a nudge by id', () => {
    expect(parseRequest({ type: 'nudge-get', id: 1 })).toEqual({ type: 'nudge-get', id: 1 });
    expect(parseRequest({ type: 'nudge-get', id: 987_654 })).toEqual({ type: 'nudge-get', id: 987_654 });
  });

  it.each(VALID_STEPS)('a nudge step $kind: %j', (step) => {
    const request = { type: 'nudge-step', id: 7, step };
    expect(parseRequest(request)).toEqual(request);
  });

  it('a note of exactly 5000 characters and a reflection of exactly 500', () => {
    expect(parseRequest({ type: 'nudge-step', id: 1, step: { kind: 'sent', text: 'a'.repeat(5000) } })).toBeDefined();
    expect(parseRequest({ type: 'nudge-step', id: 1, step: { kind: 'reflect', feeling: 'same', note: 'a'.repeat(500) } })).toBeDefined();
  });
});

describe('parseRequest rejects', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'moment'],
    ['a number', 1],
    ['an array', [{ type: 'moment' }]],
    ['an empty object', {}],
  ])('%s', (_case, input) => {
    expect(parseRequest(input)).toBeUndefined();
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a type in other letter case', { type: 'Moment' }],
    ['a type that is not a string', { type: 1 }],
  ])('%s', (_case, input) => {
    expect(parseRequest(input)).toBeUndefined();
  });

  it.each([
    ['an extra field on a moment', { type: 'moment', url: 'https://mail.google.com/' }],
    ['an unknown arrival', { type: 'moment', arrival: 'reloaded' }],
    ['an extra field on quiet', { type: 'quiet', change: 'unmute', quietUntil: 0 }],
    ['an unknown quiet change', { type: 'quiet', change: 'forever' }],
    ['a corner that is not one', { type: 'card-corner', id: 1, corner: 'top' }],
    ['a missing id', { type: 'nudge-get' }],
    ['an extra field on nudge-get', { type: 'nudge-get', id: 1, all: true }],
    ['a missing step', { type: 'nudge-step', id: 1 }],
    ['a missing id on a step', { type: 'nudge-step', step: { kind: 'dismiss' } }],
    ['an extra field on a step request', { type: 'nudge-step', id: 1, step: { kind: 'dismiss' }, status: 'sent' }],
    ['an extra field inside a step', { type: 'nudge-step', id: 1, step: { kind: 'dismiss', until: 0 } }],
    ['a step without its text', { type: 'nudge-step', id: 1, step: { kind: 'sent' } }],
    ['a channel step without its channel', { type: 'nudge-step', id: 1, step: { kind: 'channel', text: 'x' } }],
    ['a reflection without its note', { type: 'nudge-step', id: 1, step: { kind: 'reflect', feeling: 'same' } }],
  ])('%s', (_case, input) => {
    expect(parseRequest(input)).toBeUndefined();
  });

  it.each([
    ['0', 0],
    ['negative', -3],
    ['not an integer', 1.5],
    ['a string', '1'],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['null', null],
  ])('an id that is %s', (_case, id) => {
    expect(parseRequest({ type: 'nudge-get', id })).toBeUndefined();
    expect(parseRequest({ type: 'nudge-step', id, step: { kind: 'dismiss' } })).toBeUndefined();
  });

  it.each([
    ['an unknown step kind', { kind: 'delete' }],
    ['a snooze, which is no step of a card', { kind: 'snooze', until: 0 }],
    ['a step that is not an object', 'dismiss'],
    ['an unknown channel', { kind: 'channel', channel: 'sms-gateway', text: 'x' }],
    ['a feeling not in the list', { kind: 'reflect', feeling: 'ecstatic', note: '' }],
    ['text over 5000 characters', { kind: 'sent', text: 'a'.repeat(5001) }],
    ['channel text over 5000 characters', { kind: 'channel', channel: 'copy', text: 'a'.repeat(5001) }],
    ['a reflection over 500 characters', { kind: 'reflect', feeling: 'same', note: 'a'.repeat(501) }],
    ['text that is not a string', { kind: 'sent', text: 42 }],
  ])('%s', (_case, step) => {
    expect(parseRequest({ type: 'nudge-step', id: 1, step })).toBeUndefined();
  });
});
