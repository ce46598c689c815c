/**
 * The built-in prototypes a hostile file would aim at, each with every property it owns
 * (name and descriptor), to compare before and after an import. Put back afterwards, so
 * that one broken run does not take the rest of the tests down with it.
 */
const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype } as const;

type Descriptors = Record<PropertyKey, PropertyDescriptor>;
export type BuiltIns = Record<keyof typeof PROTOTYPES, Descriptors>;

export function builtIns(): BuiltIns {
  const of = (prototype: object): Descriptors => Object.getOwnPropertyDescriptors(prototype);
  return { Object: of(PROTOTYPES.Object), Array: of(PROTOTYPES.Array), Function: of(PROTOTYPES.Function) };
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  Object.is(a.value, b.value) &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

/** What differs from `snapshot` now: "Object.prototype.isPrototypeOf went", "… came", "… changed". */
export function changesSince(snapshot: BuiltIns): string[] {
  const now = builtIns();
  const changes: string[] = [];
  for (const name of Object.keys(PROTOTYPES) as (keyof BuiltIns)[]) {
    const [was, is] = [snapshot[name], now[name]];
    const where = (key: PropertyKey) => `${name}.prototype.${String(key)}`;
    for (const key of Reflect.ownKeys(was)) {
      const [before, after] = [was[key], is[key]];
      if (!after) changes.push(`${where(key)} went`);
      else if (before && !sameDescriptor(before, after)) changes.push(`${where(key)} changed`);
    }
    for (const key of Reflect.ownKeys(is)) if (!(key in was)) changes.push(`${where(key)} came`);
  }
  return changes;
}

/** Puts every prototype back as it was in `snapshot`: what went is defined again, what came is removed. */
export function putBack(snapshot: BuiltIns): void {
  for (const [name, prototype] of Object.entries(PROTOTYPES) as [keyof BuiltIns, object][]) {
    const was = snapshot[name];
    for (const key of Reflect.ownKeys(prototype)) if (!(key in was)) Reflect.deleteProperty(prototype, key);
    for (const key of Reflect.ownKeys(was)) {
      const descriptor = was[key];
      if (descriptor) Object.defineProperty(prototype, key, descriptor);
    }
  }
}
