import { withoutTypeMarks } from '../../../src/core/backup-type-marks';

/** The `$types` marks of a row, read as dexie-export-import writes them. */
describe('the type marks of a row', () => {
  it('drops each field marked undefined, nested too, and a dot inside a name written ~1', () => {
    const row = {
      id: 1,
      note: null,
      suggestion: { why: null, draft: 'Hi' },
      'a.b': null,
      $types: { note: 'undef', 'suggestion.why': 'undef', 'a~1b': 'undef' },
    };
    expect(withoutTypeMarks(row)).toEqual({ ok: true, row: { id: 1, suggestion: { draft: 'Hi' } } });
  });

  it('keeps an array marked for its other keys as it is, and a row without marks as it is', () => {
    expect(withoutTypeMarks({ id: 1, ids: [1, 2], $types: { ids: 'arrayNonindexKeys' } })).toEqual({ ok: true, row: { id: 1, ids: [1, 2] } });
    const plain = { id: 1 };
    expect(withoutTypeMarks(plain)).toEqual({ ok: true, row: plain });
  });

  it('refuses a value of any other kind (a date, a map) as one Small Hellos never saves', () => {
    expect(withoutTypeMarks({ id: 1, at: '2026-11-25', $types: { at: 'date' } })).toEqual({ ok: false, problem: 'special-value' });
  });

  it.each([
    ['marks that are not a list of paths', ['note']],
    ['marks that are text', 'undef'],
    ['a path to a field the row does not have', { missing: 'undef' }],
    ['a path through a field the row does not have', { 'missing.note': 'undef' }],
  ])('refuses %s', (_what, marks) => {
    expect(withoutTypeMarks({ id: 1, note: null, $types: marks })).toEqual({ ok: false, problem: 'bad-mark' });
  });

  it('never follows a field that runs code when read, nor tries to remove one that cannot be removed', () => {
    const read = vi.fn(() => ({ note: null }));
    const inner = { frozen: null };
    Object.defineProperty(inner, 'computed', { get: read, enumerable: true, configurable: true });
    Object.defineProperty(inner, 'frozen', { value: null, enumerable: true, configurable: false });
    expect(withoutTypeMarks({ id: 1, inner, $types: { 'inner.computed.note': 'undef' } })).toEqual({ ok: false, problem: 'bad-mark' });
    expect(read).not.toHaveBeenCalled();
    expect(withoutTypeMarks({ id: 1, inner, $types: { 'inner.frozen': 'undef' } })).toEqual({ ok: false, problem: 'bad-mark' });
  });
});
