/**
 * Reads the small parts of an .xlsx that give the worksheet its meaning: which part is the first
 * sheet (workbook.xml and its relationships), which number format each cell style uses
 * (styles.xml, to tell dates from numbers), and the shared strings most text cells point to.
 * Plain regular expressions suffice: these parts are machine-written and flat.
 */
import { ReadFailure } from './read-failure.js';
import { entryText, openEntry, type ZipEntry } from './zip-entries.js';

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities, and Excel's `_x000D_` escapes for characters XML cannot hold. */
export function unescapeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (entities[e] ?? m),
    );
}

/**
 * Some generators (the .NET OpenXML SDK) write every element with a prefix (`<x:row>`). Dropping
 * the prefix lets one set of patterns read both; re-applying it to text already done is harmless,
 * and a prefix cut between chunks is whole again once the next chunk is appended.
 */
export function withoutPrefix(text: string, prefix: string | undefined): string {
  return prefix === undefined
    ? text
    : text.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</');
}

/** The prefix of the part's root element, if it has one. */
export function rootPrefix(text: string): string | undefined {
  return /<(\w+):(?:worksheet|sst|styleSheet)\b/.exec(text)?.[1];
}

const attrPatterns = new Map<string, RegExp>();

/** An attribute's raw value. `indexOf` first: this runs for every cell of every row. */
export function attr(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    return tag.slice(start, tag.indexOf('"', start));
  }
  if (!/[\t\n\r]/.test(tag)) return undefined;
  let pattern = attrPatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    attrPatterns.set(name, pattern);
  }
  return pattern.exec(tag)?.[1];
}

/**
 * The path of the workbook's first sheet (e.g. `xl/worksheets/sheet1.xml`), and whether its
 * dates count from 1904 (old Mac Excel) rather than 1900.
 */
export async function firstSheet(
  path: string,
  entries: Map<string, ZipEntry>,
): Promise<{ sheetPath: string; date1904: boolean }> {
  const workbook = await entryText(path, entries.get('xl/workbook.xml'));
  const props = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = ['1', 'true'].includes(attr(props, 'date1904') ?? '');
  const sheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbook)?.[0];
  const relId = sheet === undefined ? undefined : attr(sheet, 'r:id');
  const rels = await entryText(path, entries.get('xl/_rels/workbook.xml.rels'));
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attr(m[0], 'Id') !== relId) continue;
    const target = attr(m[0], 'Target') ?? '';
    return { sheetPath: target.startsWith('/') ? target.slice(1) : `xl/${target}`, date1904 };
  }
  throw new ReadFailure('xlsx_unreadable', 'no worksheet in the workbook');
}

/** Built-in formats that matter here: 1 is "0", 14–17 and 22 are dates. */
const builtInFormats: Record<string, string> = {
  '1': '0',
  '14': 'yyyy-mm-dd',
  '15': 'd-mmm-yy',
  '16': 'd-mmm',
  '17': 'mmm-yy',
  '22': 'm/d/yy h:mm',
};

/** For each cell style index, its number format code (undefined for General). */
export async function styleFormats(
  path: string,
  entries: Map<string, ZipEntry>,
): Promise<(string | undefined)[]> {
  const xml = await entryText(path, entries.get('xl/styles.xml'));
  const styles = withoutPrefix(xml, rootPrefix(xml));
  const custom = new Map<string, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attr(m[0], 'numFmtId');
    const code = attr(m[0], 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(id, unescapeXml(code));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = attr(m[0], 'numFmtId') ?? '0';
    return custom.get(id) ?? builtInFormats[id];
  });
}

/** The text of an `<si>` or `<is>` item: its runs joined, phonetic guides left out. */
export function itemText(xml: string): string {
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g))
    out += m[1]!;
  return unescapeXml(out);
}

export async function sharedStrings(
  path: string,
  entries: Map<string, ZipEntry>,
): Promise<string[]> {
  const entry = entries.get('xl/sharedStrings.xml');
  if (entry === undefined) return [];
  const { content } = await openEntry(path, entry);
  content.setEncoding('utf8');
  const out: string[] = [];
  let rest = '';
  let prefix: string | undefined;
  for await (const chunk of content) {
    prefix ??= rootPrefix(chunk as string);
    const text = withoutPrefix(rest + (chunk as string), prefix);
    let from = 0;
    for (;;) {
      const start = text.indexOf('<si', from);
      if (start < 0) break;
      const selfClosed = text.startsWith('<si/>', start);
      const end = selfClosed ? start + 5 : text.indexOf('</si>', start);
      if (end < 0) break;
      out.push(selfClosed ? '' : itemText(text.slice(start, end)));
      from = selfClosed ? end : end + 5;
    }
    rest = text.slice(from);
  }
  return out;
}
