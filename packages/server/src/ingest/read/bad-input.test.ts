import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { problemOf } from './problem-of.js';
import { openSourceFile } from './source-file.js';
import { allRows, writeTemp } from './test-files.js';

describe('files refused before any row is loaded', () => {
  it('an empty file', async () => {
    const p = await problemOf(
      openSourceFile(writeTemp('empty.csv', ''), { fileName: 'empty.csv' }),
    );
    expect(p).toEqual(
      expect.objectContaining({ code: 'ingest.file_empty', data: { file: 'empty.csv' } }),
    );
  });

  it('a file of nothing but a BOM and blank lines', async () => {
    const p = await problemOf(openSourceFile(writeTemp('blank.csv', '\ufeff\r\n;;\r\n\r\n')));
    expect(p.code).toBe('ingest.file_empty');
  });

  it('a header without data', async () => {
    const p = await problemOf(openSourceFile(writeTemp('h.csv', 'NIK;NAMA;ALAMAT\r\n\r\n')));
    expect(p.code).toBe('ingest.no_data_rows');
  });

  it('rows of numbers with no header', async () => {
    const p = await problemOf(openSourceFile(writeTemp('n.csv', '1;2;3\n4;5;6\n')));
    expect(p).toMatchObject({ code: 'ingest.header_not_found', data: { scanned: 2 } });
  });

  it('binary junk', async () => {
    const junk = Buffer.concat([randomBytes(4000), Buffer.alloc(16), randomBytes(4000)]);
    const p = await problemOf(
      openSourceFile(writeTemp('junk.csv', junk), { fileName: 'junk.csv' }),
    );
    expect(p).toMatchObject({ code: 'ingest.not_text', data: { file: 'junk.csv' } });
  });

  it('a UTF-16 file (NUL bytes between letters)', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('NIK;NAMA\r\n1;ANI\r\n', 'utf16le'),
    ]);
    expect((await problemOf(openSourceFile(writeTemp('u16.csv', utf16)))).code).toBe(
      'ingest.not_text',
    );
  });

  it('an .xlsx that is an HTML page', async () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>NIK</td></tr></table></body></html>';
    const p = await problemOf(
      openSourceFile(writeTemp('export.xlsx', html), { fileName: 'export.xlsx' }),
    );
    expect(p).toMatchObject({ code: 'ingest.xlsx_is_html', data: { file: 'export.xlsx' } });
  });

  it('an Excel 2003 XML workbook named .xls', async () => {
    const xml =
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect((await problemOf(openSourceFile(writeTemp('old.xls', xml)))).code).toBe(
      'ingest.xlsx_is_html',
    );
  });

  it('an HTML page named .csv is simply not text data', async () => {
    const p = await problemOf(
      openSourceFile(writeTemp('page.csv', '<!DOCTYPE html><html></html>')),
    );
    expect(p.code).toBe('ingest.not_text');
  });

  it('a file over the size limit, checked before reading', async () => {
    const path = writeTemp('big.csv', 'NIK;NAMA\n' + '1;ANI\n'.repeat(1000));
    const p = await problemOf(openSourceFile(path, { maxBytes: 1024, fileName: 'big.csv' }));
    expect(p).toMatchObject({
      code: 'ingest.file_too_large',
      data: { file: 'big.csv', size: '5.9 KiB', limit: '1.0 KiB' },
    });
  });

  it('a password-protected workbook (an OLE2 container)', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    expect((await problemOf(openSourceFile(writeTemp('locked.xlsx', ole)))).code).toBe(
      'ingest.xlsx_unreadable',
    );
  });

  it('a workbook cut short in transfer', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([
      ['NIK', 'NAMA'],
      ['1', 'ANI'],
    ]);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await problemOf(
      openSourceFile(writeTemp('cut.xlsx', whole.subarray(0, whole.length >> 1))),
    );
    expect(p).toMatchObject({
      code: 'ingest.xlsx_unreadable',
      data: { reason: 'the zip directory is missing' },
    });
  });

  it('a damaged zip', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(2000)]);
    const p = await problemOf(openSourceFile(writeTemp('broken.xlsx', zip)).then(allRows));
    expect(p.code).toBe('ingest.xlsx_unreadable');
  });
});
