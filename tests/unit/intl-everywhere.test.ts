import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Dates, times and numbers a person reads are written by `Intl` in the language of the
 * words (`uiLanguage()` in src/i18n.ts), never by hand and never in whatever language the
 * JavaScript engine happens to default to: "3/12/2026" means two different days in two
 * countries, and "Friday" does not belong in a German sentence. This reads the source of
 * everything that shows words and finds the ways around that rule.
 */

export interface Finding {
  readonly line: number;
  readonly what: string;
}

const INTL_FORMATTERS = new Set(['DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat', 'ListFormat', 'PluralRules', 'DisplayNames']);
const TRANSLATORS = new Set(['t', 'translate']);
/** The parts of a date that, glued into text by hand, make "3/12" or "14:30" in every language. */
const DATE_PARTS = /^get(UTC)?(Date|Day|Month|FullYear|Hours|Minutes|Seconds)$/;

/** A `YYYY-MM-DD` key (`${year}-${month}-${day}`): a name for a day, the same in every language, never shown. */
function isDayKey(template: ts.TemplateExpression): boolean {
  const parts = [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  return template.templateSpans.length === 3 && parts.join('|') === '|-|-|';
}

/** Whether a `+` chain joins strings: one of its operands is text. */
function joinsText(expression: ts.BinaryExpression): boolean {
  const operands = (node: ts.Expression): ts.Expression[] =>
    ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken ? [...operands(node.left), ...operands(node.right)] : [node];
  return operands(expression).some((operand) => ts.isStringLiteral(operand) || ts.isNoSubstitutionTemplateLiteral(operand) || ts.isTemplateExpression(operand));
}

/** Whether the value of `node` (a date part) ends up glued into text: a template string or a `+` with text. */
function gluedIntoText(node: ts.Node): boolean {
  let outermostPlus: ts.BinaryExpression | undefined;
  for (let current = node; current.parent; current = current.parent) {
    const parent = current.parent;
    if (ts.isTemplateSpan(parent) && parent.expression === current) return !isDayKey(parent.parent);
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) outermostPlus = parent;
    else if (!ts.isParenthesizedExpression(parent) && !ts.isCallExpression(parent) && !ts.isBinaryExpression(parent) && !ts.isPropertyAccessExpression(parent))
      break;
  }
  return outermostPlus !== undefined && joinsText(outermostPlus);
}

/** Where a source file writes a date, a time or a number for a person without `Intl` and the UI language. */
export function handMadeFormats(source: string, fileName = 'file.tsx'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string) => findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, what });

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      // date.toLocaleDateString(), count.toLocaleString(): the engine's language, not the words'.
      if (ts.isPropertyAccessExpression(callee) && /^toLocale(Date|Time)?String$/.test(callee.name.text)) report(node, `${callee.name.text}()`);
      // `${date.getMonth() + 1}/${date.getDate()}`: a date put together by hand.
      if (ts.isPropertyAccessExpression(callee) && DATE_PARTS.test(callee.name.text) && node.arguments.length === 0 && gluedIntoText(node)) {
        report(node, `${callee.name.text}() glued into text`);
      }
      // t('peopleArchived', String(count)): a count written without Intl.
      if (ts.isIdentifier(callee) && TRANSLATORS.has(callee.text)) {
        const substitutions = node.arguments.slice(1).flatMap((argument) => (ts.isArrayLiteralExpression(argument) ? [...argument.elements] : [argument]));
        const check = (argument: ts.Expression): void => {
          if (ts.isConditionalExpression(argument)) return [argument.whenTrue, argument.whenFalse].forEach(check);
          if (ts.isParenthesizedExpression(argument)) return check(argument.expression);
          if (ts.isCallExpression(argument) && ts.isIdentifier(argument.expression) && argument.expression.text === 'String')
            report(argument, 'a number given to t() through String()');
          if (ts.isTemplateExpression(argument)) report(argument, 'a template string given to t()');
        };
        substitutions.forEach(check);
      }
    }
    // new Intl.DateTimeFormat(undefined, …) or ('en'): only the UI language will do.
    if (ts.isNewExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { expression: namespace, name } = node.expression;
      if (ts.isIdentifier(namespace) && namespace.text === 'Intl' && INTL_FORMATTERS.has(name.text)) {
        const first = node.arguments?.[0];
        // uiLanguage(), or a list of locales that starts with it.
        const locale = first && ts.isArrayLiteralExpression(first) ? first.elements[0] : first;
        const fromUi = locale && ts.isCallExpression(locale) && ts.isIdentifier(locale.expression) && locale.expression.text === 'uiLanguage';
        if (!fromUi) report(node, `Intl.${name.text} without uiLanguage()`);
      }
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

describe('dates, times and numbers', () => {
  const files = ['src/ui', 'src/core', 'src/background'].flatMap(sourceFiles);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s writes them with Intl in the language of the words', (file) => {
    expect(handMadeFormats(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});

describe('finding dates, times and numbers written by hand', () => {
  const found = (source: string) => handMadeFormats(source).map((finding) => finding.what);

  it('finds toLocale…String, which speaks the engine’s language', () => {
    expect(found('const a = new Date().toLocaleDateString(); const b = (3).toLocaleString();')).toEqual(['toLocaleDateString()', 'toLocaleString()']);
  });

  it('finds an Intl formatter in any language but the UI’s', () => {
    expect(found("const a = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });")).toEqual(['Intl.DateTimeFormat without uiLanguage()']);
    expect(found("const a = new Intl.NumberFormat('en');")).toEqual(['Intl.NumberFormat without uiLanguage()']);
    expect(found('const a = new Intl.NumberFormat(uiLanguage()).format(3);')).toEqual([]);
    expect(found("const a = new Intl.DisplayNames([uiLanguage()], { type: 'region' });")).toEqual([]);
    expect(found("const a = new Intl.DisplayNames(['en'], { type: 'region' });")).toEqual(['Intl.DisplayNames without uiLanguage()']);
  });

  it('finds a date or a time put together by hand from its parts', () => {
    expect(found('const a = `${d.getMonth() + 1}/${d.getDate()}`;')).toEqual(['getMonth() glued into text', 'getDate() glued into text']);
    expect(found("const a = pad(d.getHours()) + ':' + pad(d.getMinutes());")).toEqual(['getHours() glued into text', 'getMinutes() glued into text']);
    expect(found("const a = `${weekday} ${String(d.getUTCDate()).padStart(2, '0')}`;")).toEqual(['getUTCDate() glued into text']);
  });

  it('lets date parts used for counting, and a YYYY-MM-DD key for a day, through', () => {
    expect(found('const minutes = date.getHours() * 60 + date.getMinutes();')).toEqual([]);
    expect(found('const same = a.getDate() === b.getDate(); next.setDate(next.getDate() + 1);')).toEqual([]);
    expect(found('const key = `${start.getFullYear()}-${month}-${day}`;')).toEqual([]);
  });

  it('finds a number handed to t() as a plain string', () => {
    expect(found("const a = t('peopleArchived', String(count));")).toEqual(['a number given to t() through String()']);
    expect(found("const a = t('exportProgress', [String(done), formatNumber(total)]);")).toEqual(['a number given to t() through String()']);
    expect(found("const a = t('pausedUntilTime', `${hours}:${minutes}`);")).toEqual(['a template string given to t()']);
    expect(found('const a = t(key, limit === undefined ? undefined : String(limit));')).toEqual(['a number given to t() through String()']);
    expect(found("const a = t('peopleArchived', formatNumber(count)); const b = t('personEditNamed', person.name);")).toEqual([]);
  });
});
