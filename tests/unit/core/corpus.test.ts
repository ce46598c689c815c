import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DETAIL_KINDS } from '../../../src/core/people';
import { PERSONAL_TEMPLATES } from '../../../src/core/templates';
import { CORPUS_COMMAND, CORPUS_DETAILS, CORPUS_PATH, renderCorpus, templatesCarrying } from '../../support/corpus';

describe('the rendered corpus of card lines and notes', () => {
  it('has at least 30 realistic details, at least five of every kind', () => {
    expect(CORPUS_DETAILS.length).toBeGreaterThanOrEqual(30);
    for (const kind of DETAIL_KINDS) expect(CORPUS_DETAILS.filter((detail) => detail.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it('shows every template that names a detail, with a detail of each kind it carries', () => {
    const text = renderCorpus();
    for (const template of PERSONAL_TEMPLATES) expect(text).toContain(`${template.id} (`);
    for (const kind of DETAIL_KINDS) expect(templatesCarrying(kind).length).toBeGreaterThan(0);
  });

  it(`is committed as ${CORPUS_PATH} and up to date`, () => {
    const fresh = renderCorpus();
    // `npm run corpus` runs this test with SMALL_HELLOS_WRITE_CORPUS set, to write it again.
    if (process.env.SMALL_HELLOS_WRITE_CORPUS) writeFileSync(CORPUS_PATH, fresh);
    const committed = existsSync(CORPUS_PATH) ? readFileSync(CORPUS_PATH, 'utf8') : '';
    expect(committed === fresh, `${CORPUS_PATH} is stale: run \`${CORPUS_COMMAND}\`, read it, and commit it.`).toBe(true);
  });
});
