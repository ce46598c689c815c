import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { localeMessages } from '../../support/fake-browser';

/**
 * Every word a person reads comes from `_locales`, so that every language is complete: a
 * component that writes "Close" into its markup shows English on a German page. This reads
 * the source of every component, of the helpers beside them and of the content script, and
 * finds words written straight into what they show — text between tags, attributes a
 * person hears or sees (aria-label, title, placeholder, alt…), string literals that a JSX
 * expression puts on the page (also through a `const` that holds one), words given to our
 * own components under any prop name, and words set on an element by script
 * (`frame.title = …`, `setAttribute('aria-label', …)`). Symbols with no letters in them
 * (× ⇤ ⇥ ·) are fine; names of sites and people come from data, never from here.
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
/** Properties of an element that script may set to words a person reads or hears. */
const TEXT_DOM_PROPERTIES = new Set([
  'title',
  'textContent',
  'innerText',
  'innerHTML',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
]);
/** Props of our own components that take class names (`class`, `buttonClass`): tokens, never words. */
const CLASS_PROP = /^class$|Class$/;
const LETTER = /\p{L}/u;
/**
 * A value given to any other prop of our own components is a word when it reads like one:
 * with a space in it, or capitalised ("Close"); `corner="right"` or `kind="sent"` is a token.
 */
const LOOKS_LIKE_WORDS = /\s|^\p{Lu}/u;

export interface Finding {
  readonly line: number;
  readonly text: string;
}

/** Where a component's source renders words of its own. */
export function literalText(source: string, fileName = 'component.tsx', messageKeys: ReadonlySet<string> = new Set()): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  let wordsOnly = false;
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text) || (wordsOnly && !LOOKS_LIKE_WORDS.test(text.trim()))) return;
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  /** What a JSX expression renders, when it may be words only if they read like words. */
  const renderedIfWords = (expression: ts.Expression | undefined): void => {
    wordsOnly = true;
    rendered(expression);
    wordsOnly = false;
  };

  // `const CLOSE = 'Close'` anywhere in the file: the name stands for the words.
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    ) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  const followed = new Set<string>();

  /** String literals an expression can evaluate to and put on the page. */
  const rendered = (expression: ts.Expression | undefined): void => {
    if (!expression) return;
    if (ts.isIdentifier(expression)) {
      const value = constants.get(expression.text);
      if (value && !followed.has(expression.text)) {
        followed.add(expression.text);
        rendered(value);
        followed.delete(expression.text);
      }
    } else if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) report(expression, expression.text);
    else if (ts.isTemplateExpression(expression)) {
      report(expression.head, expression.head.text);
      for (const span of expression.templateSpans) {
        report(span.literal, span.literal.text);
        rendered(span.expression);
      }
    } else if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression))
      rendered(expression.expression);
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
      const carriesText = intrinsic ? TEXT_ATTRIBUTES.has(name) && !(name === 'value' && tag !== 'button') : TEXT_PROP.test(name) && !CLASS_PROP.test(name);
      const value = node.initializer;
      if (carriesText) {
        if (value && ts.isStringLiteral(value)) {
          if (intrinsic || !messageKeys.has(value.text)) report(value, value.text);
        } else if (value && ts.isJsxExpression(value)) rendered(value.expression);
      } else if (!intrinsic && !CLASS_PROP.test(name) && name !== 'key') {
        if (value && ts.isStringLiteral(value)) {
          if (!messageKeys.has(value.text)) renderedIfWords(value);
        } else if (value && ts.isJsxExpression(value)) renderedIfWords(value.expression);
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      // frame.title = 'Small Hellos card'
      if (TEXT_DOM_PROPERTIES.has(node.left.name.text)) rendered(node.right);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      // element.setAttribute('aria-label', 'More')
      const [attribute, value] = node.arguments;
      if (attribute && ts.isStringLiteral(attribute) && TEXT_ATTRIBUTES.has(attribute.text)) rendered(value);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('words in components, their helpers and the content script', () => {
  const keys = new Set(Object.keys(localeMessages('en')));
  const files = ['src/ui', 'src/content'].flatMap(sourceFiles);

  it('finds the sources', () => {
    expect(files.filter((file) => file.endsWith('.tsx')).length).toBeGreaterThan(10);
    expect(files).toContain(path.join('src', 'content', 'index.ts'));
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

  it('finds words held in a const and then rendered or given to a text prop', () => {
    expect(found("const MENU_LABEL = 'More'; const a = <button aria-label={MENU_LABEL} />;")).toEqual(['More']);
    expect(found('const HINT = `Say hello`; const a = <p>{HINT}</p>;')).toEqual(['Say hello']);
    expect(found("const LABEL = t('more'); const a = <button aria-label={LABEL} />;")).toEqual([]);
  });

  it('finds words given to our own components under any prop name', () => {
    expect(found('const a = <WhyThis why="You wanted to write to Maya." />;')).toEqual(['You wanted to write to Maya.']);
    expect(found("const a = <Notice tone={'Careful now'} />;")).toEqual(['Careful now']);
    expect(found('const a = <Choice corner="right" kind={open ? "sent" : "dismiss"} />;')).toEqual([]);
  });

  it('finds words set on an element by script', () => {
    expect(literalText("frame.title = 'Small Hellos card';", 'x.ts').map((f) => f.text)).toEqual(['Small Hellos card']);
    expect(literalText("const WORDS = 'Nothing here'; status.textContent = WORDS;", 'x.ts').map((f) => f.text)).toEqual(['Nothing here']);
    expect(literalText("button.setAttribute('aria-label', 'Close');", 'x.ts').map((f) => f.text)).toEqual(['Close']);
    expect(literalText("frame.title = chrome.i18n.getMessage('extName'); frame.src = 'a b';", 'x.ts')).toEqual([]);
  });

  it('lets symbols, class names, ids and words from t() or data through', () => {
    expect(found('const a = <span aria-hidden="true">×</span>;')).toEqual([]);
    expect(found('const a = <span>{corner === "right" ? "⇤" : "⇥"}</span>;')).toEqual([]);
    expect(found('const a = <p class="card__prompt" id={`${base}-hint`} role="status">{t("done")} {site.name}</p>;')).toEqual([]);
    expect(found('const a = <input type="text" value={draft} />;')).toEqual([]);
    expect(found('const a = <Disclosure class="why" buttonClass="button button--quiet" label={t("whyThis")} />;')).toEqual([]);
  });
});
