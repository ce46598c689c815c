/**
 * dexie-export-import marks values plain JSON cannot hold in a row's `$types`: each key is
 * a path into the row ("suggestion.why"), each value the kind of value that was there.
 * Small Hellos rows are plain, so only two marks can appear: a value that was `undefined`
 * (dropped here, as if it had never been set) and an array (kept as it is). Any other
 * mark — a date, a blob, a map — means the file was not made by Small Hellos.
 *
 * A path is followed only through the row's own data: each step must be a field the
 * parsed value itself holds, as JSON makes them. A name it only inherits (`__proto__`,
 * `constructor`, `toString`), an array's `length` or a step into text never leads out of
 * the row, so a mark can never reach, let alone delete, a part of the language itself.
 */
export type TypeMarksReading = { ok: true; row: unknown } | { ok: false; problem: 'special-value' | 'bad-mark' };

/** A field `value` holds as its own plain data, enumerable and removable (as JSON.parse makes them), or nothing. */
function ownField(value: unknown, key: string): { value: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = Object.getOwnPropertyDescriptor(value, key);
  return field && 'value' in field && field.enumerable === true && field.configurable === true ? { value: field.value } : undefined;
}

/** A path as dexie-export-import writes it: dots between steps, "~1" for a dot and "~0" for a tilde inside one. */
function stepsOf(path: string): string[] {
  return path.split('.').map((step) => step.replace(/~1/g, '.').replace(/~0/g, '~'));
}

/** Drops what `path` marks as undefined; false when the path does not lead to a field of the row's own. */
function dropUndefined(row: Record<string, unknown>, path: string): boolean {
  const steps = stepsOf(path);
  const last = steps.pop();
  let parent: unknown = row;
  for (const step of steps) {
    const field = ownField(parent, step);
    if (!field) return false;
    parent = field.value;
  }
  if (last === undefined || !ownField(parent, last)) return false;
  delete (parent as Record<string, unknown>)[last];
  return true;
}

/** The row without its marks, or why it cannot be read. */
export function withoutTypeMarks(row: unknown): TypeMarksReading {
  const marks = ownField(row, '$types');
  if (!marks) return { ok: true, row };
  const { $types: _marks, ...rest } = row as Record<string, unknown>;
  if (typeof marks.value !== 'object' || marks.value === null || Array.isArray(marks.value)) return { ok: false, problem: 'bad-mark' };
  for (const path of Object.keys(marks.value)) {
    const mark = (marks.value as Record<string, unknown>)[path];
    if (mark === 'arrayNonindexKeys') continue;
    if (mark !== 'undef') return { ok: false, problem: 'special-value' };
    if (!dropUndefined(rest, path)) return { ok: false, problem: 'bad-mark' };
  }
  return { ok: true, row: rest };
}
