import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { localeMessages } from '../../support/fake-browser';

/**
 * Every word a person reads comes from `_locales`, so that every language is complete: a
 * component that writes "Close" into its markup shows English on a German page. This reads
 * each component's source and finds words written straight into what it renders — text
 * between tags, attributes a person hears or sees (aria-label, title, placeholder, alt…),
 * and string literals that a JSX expression puts on the page. Symbols with no letters in
 * them (× ⇤ ⇥ ·) are fine; names of sites and people come from data, never from here.
 */

/** Attributes of HTML elements whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'value',
]);
/** Props of our own components that carry words: a message key is fine there, words are not. */
const TEXT_PROP = /label|title|text|placeholder|heading|message|hint|caption|description/i;
const LETTER = /\p{L}/u;

export interface Finding {
  readonly line: number;
  readonly text: string;
}

/** Where a component's source renders words of its own. */
export function literalText(source: string, fileName = 'component.tsx', messageKeys: ReadonlySet<string> = new Set()): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (LETTER.test(text)) findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };

  /** String literals an expression can evaluate to and put on the page. */
  const rendered = (expression: ts.Expression | undefined): void => {
    if (!expression) return;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) report(expression, expression.text);
    else if (ts.isTemplateExpression(expression)) {
      report(expression.head, expression.head.text);
      for (const span of expression.templateSpans) {
        report(span.literal, span.literal.text);
        rendered(span.expression);
      }
    } else if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) rendered(expression.expression);
    else if (ts.isConditionalExpression(expression)) {
      rendered(expression.whenTrue);
      rendered(expression.whenFalse);
    } else if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) rendered(expression.right);
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.PlusToken) {
        rendered(expression.left);
        rendered(expression.right);
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) rendered(node.expression);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const element = node.parent.parent;
      const tag = ts.isJsxSelfClosingElement(element) || ts.isJsxOpeningElement(element) ? element.tagName.getText(file) : '';
      const intrinsic = /^[a-z]/.test(tag);
      const carriesText = intrinsic ? TEXT_ATTRIBUTES.has(name) && !(name === 'value' && tag !== 'button') : TEXT_PROP.test(name) && name !== 'class';
      if (carriesText) {
        const value = node.initializer;
        if (value && ts.isStringLiteral(value)) {
          if (intrinsic || !messageKeys.has(value.text)) report(value, value.text);
        } else if (value && ts.isJsxExpression(value)) rendered(value.expression);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function componentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

describe('words in components', () => {
  const keys = new Set(Object.keys(localeMessages('en')));
  const files = componentFiles('src/ui');

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s holds no words of its own: they all come from _locales', (file) => {
    expect(literalText(readFileSync(file, 'utf8'), file, keys)).toEqual([]);
  });
});

describe('finding words written into a component', () => {
  const found = (source: string) => literalText(source).map((finding) => finding.text);

  it('finds text between tags', () => {
    expect(found('const a = <p>Hello there</p>;')).toEqual(['Hello there']);
  });

  it('finds words in attributes a person hears or sees', () => {
    expect(found('const a = <button aria-label="Close" title="Shut it" />;')).toEqual(['Close', 'Shut it']);
    expect(found('const a = <input placeholder={"Your name"} />;')).toEqual(['Your name']);
    expect(found('const a = <img alt={`Photo of ${name}`} />;')).toEqual(['Photo of']);
  });

  it('finds words a JSX expression renders', () => {
    expect(found("const a = <p>{open ? 'Open' : t('closed')}</p>;")).toEqual(['Open']);
    expect(found("const a = <p>{count > 0 && 'Some left'}</p>;")).toEqual(['Some left']);
    expect(found('const a = <p>{`${n} more`}</p>;')).toEqual(['more']);
  });

  it('finds words given to our own components, but not a message key', () => {
    expect(literalText('const a = <OpenSettings label="Add someone" />;', 'x.tsx', new Set(['addSomeone']))).toHaveLength(1);
    expect(literalText('const a = <OpenSettings label="addSomeone" />;', 'x.tsx', new Set(['addSomeone']))).toEqual([]);
  });

  it('lets symbols, class names, ids and words from t() or data through', () => {
    expect(found('const a = <span aria-hidden="true">×</span>;')).toEqual([]);
    expect(found('const a = <span>{corner === "right" ? "⇤" : "⇥"}</span>;')).toEqual([]);
    expect(found('const a = <p class="card__prompt" id={`${base}-hint`} role="status">{t("done")} {site.name}</p>;')).toEqual([]);
    expect(found('const a = <input type="text" value={draft} />;')).toEqual([]);
  });
});
