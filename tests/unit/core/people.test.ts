import { defaultCallName, LIMITS, validatePerson, type PersonInput } from '../../../src/core/people';

function input(overrides: Partial<PersonInput> = {}): PersonInput {
  return { name: 'Maya', callName: '', email: '', phone: '', handles: {}, rhythm: 'fortnightly', preferredChannel: 'any', memories: [], ...overrides };
}

describe('validatePerson', () => {
  it('accepts a name alone, trimmed', () => {
    const result = validatePerson(input({ name: '  Maya  ' }));
    expect(result).toEqual({ ok: true, value: { name: 'Maya', callName: 'Maya', handles: {}, rhythm: 'fortnightly', preferredChannel: 'any', memories: [] } });
  });

  it.each(['', '   '])('asks for a name when it is %j', (name) => {
    expect(validatePerson(input({ name }))).toMatchObject({ ok: false, errors: { name: 'nameRequired' } });
  });

  it('refuses a name over the limit', () => {
    expect(validatePerson(input({ name: 'x'.repeat(LIMITS.name + 1) }))).toMatchObject({ ok: false, errors: { name: 'nameTooLong' } });
  });

  it.each(['maya', 'maya@', '@example.com', 'maya@example', 'maya @example.com', 'maya@exa mple.com', 'a@b.c'])('refuses the email %j', (email) => {
    expect(validatePerson(input({ email }))).toMatchObject({ ok: false, errors: { email: 'emailInvalid' } });
  });

  it.each(['maya@example.com', ' maya.fitz+notes@mail.example.co.uk '])('accepts the email %j, trimmed', (email) => {
    const result = validatePerson(input({ email }));
    expect(result.ok && result.value.email).toBe(email.trim());
  });

  it.each(['12', 'call me', '+44 (0) 7700 900123 ext', '++447700900123'])('refuses the phone %j', (phone) => {
    expect(validatePerson(input({ phone }))).toMatchObject({ ok: false, errors: { phone: 'phoneInvalid' } });
  });

  it.each(['+44 7700 900123', '07700-900-123', '(030) 1234567'])('accepts the phone %j', (phone) => {
    expect(validatePerson(input({ phone })).ok).toBe(true);
  });

  it('keeps handles without a leading @ and refuses ones with spaces or slashes', () => {
    const ok = validatePerson(input({ handles: { x: '@maya_f', instagram: 'maya.fitz', reddit: '' } }));
    expect(ok.ok && ok.value.handles).toEqual({ x: 'maya_f', instagram: 'maya.fitz' });
    expect(validatePerson(input({ handles: { x: 'maya f', instagram: 'fine' } }))).toMatchObject({
      ok: false,
      errors: { handles: 'handleInvalid' },
      handleErrors: { x: 'handleInvalid' },
    });
    expect(validatePerson(input({ handles: { bluesky: '../admin' } }))).toMatchObject({ ok: false, errors: { handles: 'handleInvalid' } });
  });

  it('refuses a rhythm or channel outside the choices', () => {
    expect(validatePerson(input({ rhythm: 'daily' }))).toMatchObject({ ok: false, errors: { rhythm: 'choiceInvalid' } });
    expect(validatePerson(input({ preferredChannel: 'fax' }))).toMatchObject({ ok: false, errors: { preferredChannel: 'choiceInvalid' } });
  });

  it('keeps notes with an optional real date, drops empty rows, and names the bad ones', () => {
    const ok = validatePerson(
      input({
        memories: [
          { id: 'a', text: ' the hiking trip ', kind: 'interest', date: '' },
          { id: 'b', text: 'the new job', kind: 'coming-up', date: '2027-03-02' },
          { id: 'c', text: '', kind: 'interest', date: '' },
        ],
      }),
    );
    expect(ok.ok && ok.value.memories).toEqual([
      { id: 'a', text: 'the hiking trip', kind: 'interest' },
      { id: 'b', text: 'the new job', kind: 'coming-up', date: '2027-03-02' },
    ]);
    const bad = validatePerson(
      input({
        memories: [
          { id: 'long', text: 'x'.repeat(LIMITS.memory + 1), kind: 'interest', date: '' },
          { id: 'undated', text: '', kind: 'coming-up', date: '2027-03-02' },
          { id: 'feb30', text: 'a party', kind: 'coming-up', date: '2027-02-30' },
          { id: 'fine', text: 'x'.repeat(LIMITS.memory), kind: 'interest', date: '' },
        ],
      }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: {},
      handleErrors: {},
      memoryErrors: { long: 'memoryTooLong', undated: 'memoryEmpty', feb30: 'memoryDateInvalid' },
    });
  });

  it('calls someone by the first word of their name unless told otherwise', () => {
    const byDefault = validatePerson(input({ name: '  Jo   Okafor ' }));
    expect(byDefault.ok && byDefault.value.callName).toBe('Jo');
    const chosen = validatePerson(input({ name: 'Margaret Lindqvist', callName: '  Mags ' }));
    expect(chosen.ok && chosen.value.callName).toBe('Mags');
    expect(validatePerson(input({ callName: 'x'.repeat(LIMITS.callName + 1) }))).toMatchObject({ ok: false, errors: { callName: 'callNameTooLong' } });
  });

  it.each([
    ['Jo Okafor', 'Jo'],
    ['Jo-Anne  Smith', 'Jo-Anne'],
    ['Mum', 'Mum'],
    ['  ', ''],
  ])('takes %j to be called %j by default', (name, callName) => {
    expect(defaultCallName(name)).toBe(callName);
  });

  it('keeps each detail’s kind, and refuses a kind outside the choices', () => {
    const kinds = ['good-news', 'hard-time', 'interest', 'shared-memory', 'other'] as const;
    const ok = validatePerson(input({ memories: kinds.map((kind) => ({ id: kind, text: `a ${kind}`, kind, date: '' })) }));
    expect(ok.ok && ok.value.memories.map((memory) => memory.kind)).toEqual(kinds);
    expect(validatePerson(input({ memories: [{ id: 'x', text: 'the funeral', kind: 'sad', date: '' }] }))).toMatchObject({
      ok: false,
      memoryErrors: { x: 'choiceInvalid' },
    });
  });

  it('keeps a detail whose kind was not chosen as the neutral kind', () => {
    const result = validatePerson(input({ memories: [{ id: 'x', text: "your dad's funeral", kind: '', date: '' }] }));
    expect(result.ok && result.value.memories).toEqual([{ id: 'x', text: "your dad's funeral", kind: 'other' }]);
  });

  it('asks for the day of something coming up, which its follow-up needs', () => {
    expect(validatePerson(input({ memories: [{ id: 'x', text: 'your exams', kind: 'coming-up', date: '' }] }))).toMatchObject({
      ok: false,
      memoryErrors: { x: 'memoryDateRequired' },
    });
  });

  it('reports every bad field at once', () => {
    const result = validatePerson(input({ name: '', email: 'nope', phone: '1' }));
    expect(result).toMatchObject({ ok: false, errors: { name: 'nameRequired', email: 'emailInvalid', phone: 'phoneInvalid' } });
  });
});
