/**
 * Reading a backup's text before its rows: whether text that is not JSON was cut off, and
 * whether a parsed value holds a key that could reach a prototype.
 */

/** Keys that could reach an object's prototype when a careless reader copies them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key anywhere in a parsed value that could reach a prototype, if any, looking
 * into every object and array but those in `skip` (rows that are looked at one by one).
 * JSON.parse keeps "__proto__" as a plain key of its own, harmless until something copies it.
 */
export function forbiddenKeyIn(root: unknown, skip: ReadonlySet<unknown> = new Set()): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || skip.has(value)) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return undefined;
}

/**
 * JSON that ends inside a string, an object or an array was cut off (a download that did
 * not finish), wherever the cut fell: after a `}` of an inner object too.
 */
export function looksCutOff(source: string): boolean {
  if (!/^\s*[{[]/.test(source)) return false;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}
