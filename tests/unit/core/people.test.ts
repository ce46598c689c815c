import { LIMITS, validatePerson, type PersonInput } from '../../../src/core/people';

function input(overrides: Partial<PersonInput> = {}): PersonInput {
  return { name: 'Maya', email: '', phone: '', handles: {}, rhythm: 'fortnightly', preferredChannel: 'any', memories: [], ...overrides };
}

describe('validatePerson', () => {
  it('accepts a name alone, trimmed', () => {
    const result = validatePerson(input({ name: '  Maya  ' }));
    expect(result).toEqual({ ok: true, value: { name: 'Maya', handles: {}, rhythm: 'fortnightly', preferredChannel: 'any', memories: [] } });
  });

  it.each(['', '   '])('asks for a name when it is %j', (name) => {
    expect(validatePerson(input({ name }))).toMatchObject({ ok: false, errors: { name: 'nameRequired' } });
  });

  it('refuses a name over the limit', () => {
    expect(validatePerson(input({ name: 'x'.repeat(LIMITS.name + 1) }))).toMatchObject({ ok: false, errors: { name: 'nameTooLong' } });
  });

  it.each(['maya', 'maya@', '@example.com', 'maya@example', 'maya @example.com', 'maya@exa mple.com', 'a@b.c'])(
    'refuses the email %j',
    (email) => {
      expect(validatePerson(input({ email }))).toMatchObject({ ok: false, errors: { email: 'emailInvalid' } });
    },
  );

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
          { id: 'a', text: ' the hiking trip ', date: '' },
          { id: 'b', text: 'the new job', date: '2027-03-02' },
          { id: 'c', text: '', date: '' },
        ],
      }),
    );
    expect(ok.ok && ok.value.memories).toEqual([
      { id: 'a', text: 'the hiking trip' },
      { id: 'b', text: 'the new job', date: '2027-03-02' },
    ]);
    const bad = validatePerson(
      input({
        memories: [
          { id: 'long', text: 'x'.repeat(LIMITS.memory + 1), date: '' },
          { id: 'undated', text: '', date: '2027-03-02' },
          { id: 'feb30', text: 'a party', date: '2027-02-30' },
          { id: 'fine', text: 'x'.repeat(LIMITS.memory), date: '' },
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

  it('reports every bad field at once', () => {
    const result = validatePerson(input({ name: '', email: 'nope', phone: '1' }));
    expect(result).toMatchObject({ ok: false, errors: { name: 'nameRequired', email: 'emailInvalid', phone: 'phoneInvalid' } });
  });
});
