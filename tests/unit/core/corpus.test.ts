import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DETAIL_KINDS } from '../../../src/core/people';
import { PERSONAL_TEMPLATES } from '../../../src/core/templates';
import { CORPUS_COMMAND, CORPUS_LOCALES, corpusDetails, corpusPath, renderCorpus, templatesCarrying } from '../../support/corpus';

describe.each(CORPUS_LOCALES)('the rendered corpus of card lines and notes in %s', (locale) => {
  const details = corpusDetails(locale);

  it('has at least 30 realistic details, at least five of every kind', () => {
    expect(details.length).toBeGreaterThanOrEqual(30);
    for (const kind of DETAIL_KINDS) expect(details.filter((detail) => detail.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it('has the same people and kinds of detail as the English one, so the two can be read side by side', () => {
    const shape = (list: typeof details) => list.map(({ name, callName, kind, date }) => ({ name, callName, kind, date }));
    expect(shape(details)).toEqual(shape(corpusDetails('en')));
  });

  it('shows every template that names a detail, with a detail of each kind it carries', () => {
    const text = renderCorpus(locale);
    for (const template of PERSONAL_TEMPLATES) expect(text).toContain(`${template.id} (`);
    for (const kind of DETAIL_KINDS) expect(templatesCarrying(kind).length).toBeGreaterThan(0);
  });

  it(`is committed as ${corpusPath(locale)} and up to date`, () => {
    const fresh = renderCorpus(locale);
    // `npm run corpus` runs this test with SMALL_HELLOS_WRITE_CORPUS set, to write it again
    // (SMALL_HELLOS_WRITE_CORPUS=de writes only the German one).
    const writing = process.env.SMALL_HELLOS_WRITE_CORPUS;
    if (writing && (writing === '1' || writing.split(',').includes(locale))) writeFileSync(corpusPath(locale), fresh);
    const committed = existsSync(corpusPath(locale)) ? readFileSync(corpusPath(locale), 'utf8') : '';
    expect(committed === fresh, `${corpusPath(locale)} is stale: run \`${CORPUS_COMMAND}\`, read it, and commit it.`).toBe(true);
  });
});
