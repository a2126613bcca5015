/**
 * Streams the rows of one worksheet part. The sheet XML is cut at `</row>` and each row's cells
 * are picked out with regular expressions: the part is machine-written, and this runs several
 * times faster than a general XML parser, which is what lets a workbook import keep pace.
 */
import type { Readable } from 'node:stream';
import type { PhysicalRow } from './header.js';
import { trimEnd } from './header.js';
import { attr, itemText, rootPrefix, unescapeXml, withoutPrefix } from './xlsx-parts.js';
import { numberText } from './xlsx-cell.js';

export interface SheetContext {
  strings: readonly string[];
  formats: readonly (string | undefined)[];
  date1904: boolean;
}

const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const valuePattern = /<v>([\s\S]*?)<\/v>/;

/** Column index (0-based) of a reference like `AB12`. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function cellValue(attrs: string, inner: string | undefined, ctx: SheetContext): string {
  if (inner === undefined) return '';
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return itemText(inner);
  const v = valuePattern.exec(inner)?.[1];
  if (v === undefined || v === '') return '';
  switch (type ?? 'n') {
    case 's':
      return ctx.strings[Number(v)] ?? '';
    case 'str':
    case 'e':
      return unescapeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.slice(0, 10);
    default: {
      const style = attr(attrs, 's');
      const format = style === undefined ? undefined : ctx.formats[Number(style)];
      return numberText(Number(v), format, ctx.date1904);
    }
  }
}

export function rowCells(xml: string, ctx: SheetContext): string[] {
  const cells: string[] = [];
  for (const m of xml.matchAll(cellPattern)) {
    const attrs = m[1]!;
    const ref = attr(attrs, 'r');
    const col = ref === undefined ? cells.length : columnOf(ref);
    const text = cellValue(attrs, m[2], ctx);
    if (text === '') continue;
    while (cells.length < col) cells.push('');
    cells[col] = text;
  }
  return trimEnd(cells);
}

export async function* sheetBatches(
  content: Readable,
  ctx: SheetContext,
): AsyncGenerator<PhysicalRow[]> {
  content.setEncoding('utf8');
  let rest = '';
  let line = 0;
  let prefix: string | undefined;
  for await (const chunk of content) {
    prefix ??= rootPrefix(chunk as string);
    const text = withoutPrefix(rest + (chunk as string), prefix);
    const batch: PhysicalRow[] = [];
    let from = 0;
    for (;;) {
      const start = text.indexOf('<row', from);
      if (start < 0) break;
      if (!' >/'.includes(text[start + 4] ?? ' ')) {
        from = start + 4; // <rowBreaks>, not a row
        continue;
      }
      const tagEnd = text.indexOf('>', start);
      if (tagEnd < 0) break;
      const tag = text.slice(start, tagEnd + 1);
      const end = tag.endsWith('/>') ? tagEnd + 1 : text.indexOf('</row>', tagEnd);
      if (end < 0) break;
      const r = attr(tag, 'r');
      line = r === undefined ? line + 1 : Number(r);
      batch.push({
        line,
        cells: tag.endsWith('/>') ? [] : rowCells(text.slice(tagEnd + 1, end), ctx),
      });
      from = tag.endsWith('/>') ? end : end + 6;
    }
    rest = text.slice(from);
    if (batch.length > 0) yield batch;
  }
}
