import { readBackup } from '../../../src/core/backup';
import { looksCutOff } from '../../../src/core/backup-text';

/** Reading a file's text before its rows: keys that could reach a prototype, and a file cut off. */
const VERSION = 6;
const AT = Date.UTC(2026, 10, 25, 9);
const person = {
  id: 1,
  name: 'Maya Lindqvist',
  callName: 'Maya',
  handles: {},
  rhythm: 'monthly',
  preferredChannel: 'any',
  memories: [],
  archived: false,
  createdAt: AT,
};

function fileWith(rows: string): string {
  return `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"small-hellos","databaseVersion":${VERSION},"tables":[],"data":[{"tableName":"people","inbound":true,"rows":[${rows}]}]}}`;
}

describe('a backup’s text', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a row holding the key %s, in the row or deep inside it', (key) => {
    const inRow = JSON.stringify(person).replace('{', `{"${key}":{"polluted":true},`);
    const deep = JSON.stringify({ ...person, handles: { x: 'maya' } }).replace('"handles":{', `"handles":{"${key}":{},`);
    expect(readBackup(fileWith(JSON.stringify(person)), VERSION)).toMatchObject({ ok: true });
    expect(readBackup(fileWith(inRow), VERSION)).toEqual({ ok: false, problem: { kind: 'forbidden-key', key } });
    expect(readBackup(fileWith(deep), VERSION)).toEqual({ ok: false, problem: { kind: 'forbidden-key', key } });
  });

  it('tells a download cut off anywhere from text that is not JSON at all', () => {
    const whole = fileWith(JSON.stringify(person));
    for (const cut of [20, whole.indexOf('"rows"') + 3, whole.length - 2]) expect(looksCutOff(whole.slice(0, cut)), String(cut)).toBe(true);
    expect(looksCutOff('{"a":"quote \\" inside"')).toBe(true);
    expect(looksCutOff('Dear Maya, this is a letter.')).toBe(false);
    expect(looksCutOff('{"a":1}}')).toBe(false);
  });
});
