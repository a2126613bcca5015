import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trainModel } from '../model/index.js';
import { buildRecordTable, parseLinkageSettings } from '../index.js';
import { autoSettings } from './auto-settings.js';
import { columnSpecs, composeRegionCode, recordsOfFile, type FileRows } from './columns.js';
import { fieldOfHeader } from './fields.js';
import { inferColumns } from './infer.js';
import { detectDateFormat, profileColumn, toIsoDate } from './sniff.js';

const file = (source: string, header: string[], rows: string[][]): FileRows => ({
  source,
  header,
  rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })),
});

describe('fieldOfHeader', () => {
  it.each([
    ['NAMA', 'name'],
    ['nama_lengkap', 'name'],
    ['Full Name', 'name'],
    ['given_name', 'givenName'],
    ['First Name', 'givenName'],
    ['surname', 'surname'],
    ['LAST_NAME', 'surname'],
    ['TGL_LHR', 'birthDate'],
    ['TANGGAL LAHIR', 'birthDate'],
    ['date_of_birth', 'birthDate'],
    ['DOB', 'birthDate'],
    ['NIK', 'nik'],
    ['nomor_induk_kependudukan', 'nik'],
    ['NOKK', 'kk'],
    ['nomor_kartu_keluarga', 'kk'],
    ['rec_id', 'recordId'],
    ['IDARTBDT', 'recordId'],
    ['ID KELUARGA P3KE', 'recordId'],
    ['JNS_KEL', 'sex'],
    ['jenis_kelamin', 'sex'],
    ['Gender', 'sex'],
    ['KDPROP', 'provinsiCode'],
    ['kode_kabupaten_kota', 'kabkotaCode'],
    ['KDKEC', 'kecamatanCode'],
    ['kode_kelurahan_desa', 'desaPart'],
    ['kode_wilayah', 'desaCode'],
    ['ALAMAT', 'address'],
    ['address_1', 'address'],
    ['address_2', 'address2'],
    ['street_number', 'streetNumber'],
    ['suburb', 'suburb'],
    ['postcode', 'postcode'],
    ['state', 'state'],
    ['soc_sec_id', 'idNumber'],
    ['DESA/KELURAHAN', 'desaName'],
    ['KECAMATAN', 'regionName'],
    ['HUB_KRT', 'notCompared'],
    ['desil_nasional', 'notCompared'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('knows nothing of unrelated headers', () => {
    for (const h of ['', '  ', 'catatan', 'remarks', 'x1'])
      expect(fieldOfHeader(h)).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads each layout and picks the one most values are in', () => {
    expect(toIsoDate('19560409', 'yyyymmdd')).toBe('1956-04-09');
    expect(toIsoDate('09041956', 'ddmmyyyy')).toBe('1956-04-09');
    expect(toIsoDate('9/4/1956', 'dmy')).toBe('1956-04-09');
    expect(toIsoDate('4/9/1956', 'mdy')).toBe('1956-04-09');
    expect(toIsoDate('1956-04-09', 'ymd')).toBe('1956-04-09');
    expect(toIsoDate('1956-13-09', 'ymd')).toBeNull();
    expect(detectDateFormat(['19560409', '20011231', '19991301'])).toBeNull();
    expect(detectDateFormat(['19560409', '20011231', '19990101', '19900505', '19800101'])).toBe(
      'yyyymmdd',
    );
    expect(detectDateFormat(['11-05-1980', '31-12-1999'])).toBe('dmy');
    expect(detectDateFormat(['05/11/1980', '12/31/1999'])).toBe('mdy');
    // Ambiguous values are read day first, as Indonesian files write them.
    expect(detectDateFormat(['05/11/1980', '12/10/1999'])).toBe('dmy');
  });

  it('round-trips any date through every layout (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1850-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (d) => {
          const [y, m, day] = d.toISOString().slice(0, 10).split('-');
          const iso = `${y}-${m}-${day}`;
          expect(toIsoDate(`${y}${m}${day}`, 'yyyymmdd')).toBe(iso);
          expect(toIsoDate(`${day}${m}${y}`, 'ddmmyyyy')).toBe(iso);
          expect(toIsoDate(`${day}/${m}/${y}`, 'dmy')).toBe(iso);
          expect(toIsoDate(`${m}.${day}.${y}`, 'mdy')).toBe(iso);
          expect(toIsoDate(iso, 'ymd')).toBe(iso);
        },
      ),
    );
  });
});

describe('profileColumn', () => {
  it('tells NIKs, dates, names, codes and empty columns apart', () => {
    expect(profileColumn(['3574041105800001', '3574045509780001']).shape).toBe('nik');
    expect(profileColumn(['11-05-1980', '', '12-09-1978']).shape).toBe('date');
    expect(profileColumn(['EKO SANTOSO', 'Siti Aminah', "o'brien"]).shape).toBe('personName');
    expect(profileColumn(['A12', 'B7', 'C-9']).shape).toBe('code');
    expect(profileColumn(['', ' ', null, undefined]).shape).toBe('empty');
    expect(profileColumn(['JL. MAWAR NO. 10 RT 006 RW 002']).shape).toBe('text');
  });
});

describe('composeRegionCode', () => {
  it('joins parts at their widths, takes a part that holds the code so far', () => {
    expect(composeRegionCode(['35', '74', '4', '1001'])).toBe('3574041001');
    expect(composeRegionCode(['35', '3574', '04', '1001'])).toBe('3574041001');
    expect(composeRegionCode(['04', '1001'])).toBe('041001');
    expect(composeRegionCode(['3574041001'])).toBe('3574041001');
    expect(composeRegionCode(['35', null, '04', '1001'])).toBeNull();
    expect(composeRegionCode(['35', '123', '04', '1001'])).toBeNull();
  });
});

describe('inferColumns and autoSettings', () => {
  const dtks = file(
    'dtks',
    ['IDARTBDT', 'NIK', 'NAMA', 'TGL_LHR', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'CATATAN'],
    [
      ['1', '3574041105800001', 'EKO', '11-05-1980', '35', '74', '04', '1001', ''],
      ['2', '3574045509780001', 'DIAN', '12-09-1978', '35', '74', '04', '1001', ''],
    ],
  );
  const dtsen = file(
    'dtsen',
    ['nomor_induk_kependudukan', 'nama', 'tanggal_lahir', 'kode_wilayah'],
    [
      ['3574041105800001', 'EKO', '1980-05-11', '3574041001'],
      ['3574045509780001', 'DIAN', '1978-09-12', '3574041001'],
    ],
  );

  it('maps both layouts onto shared columns and explains every header', () => {
    const inferred = inferColumns([dtks, dtsen]);
    const from = Object.fromEntries(inferred.columns.map((c) => [c.column, c.from]));
    expect(from.nik).toEqual(['NIK', 'nomor_induk_kependudukan']);
    expect(from.desaCode).toEqual([['KDPROP', 'KDKAB', 'KDKEC', 'KDDESA'], 'kode_wilayah']);
    expect(inferred.choices).toHaveLength(dtks.header.length + dtsen.header.length);
    const catatan = inferred.choices.find((c) => c.header === 'CATATAN')!;
    expect(catatan.column).toBeNull();
    expect(catatan.reason).toMatch(/every value is missing/);
    const records = [dtks, dtsen].flatMap((f) => recordsOfFile(inferred.columns, f).records);
    expect(records.map((r) => [r.birthDate, r.desaCode])).toEqual([
      ['1980-05-11', '3574041001'],
      ['1978-09-12', '3574041001'],
      ['1980-05-11', '3574041001'],
      ['1978-09-12', '3574041001'],
    ]);
    const table = buildRecordTable(records, { columns: columnSpecs(inferred.columns) });
    const settings = parseLinkageSettings(autoSettings(inferred.found, { records: 4 }), table);
    expect(settings.comparisons.map((c) => c.name)).toEqual(['nik', 'name', 'birthDate', 'region']);
    expect(() => trainModel(settings, table)).not.toThrow();
  });

  it('joins FEBRL given name and surname into one compared name', () => {
    const febrl = file(
      'a',
      ['rec_id', 'given_name', 'surname', 'postcode', 'date_of_birth', 'soc_sec_id'],
      [
        ['rec-1-org', 'james', 'smith', '2000', '19560409', '1234567'],
        ['rec-2-org', 'mary', '', '3000', '19700101', '7654321'],
      ],
    );
    const inferred = inferColumns([febrl]);
    const name = inferred.columns.find((c) => c.column === 'name')!;
    expect(name.from).toEqual([['given_name', 'surname']]);
    const { records } = recordsOfFile(inferred.columns, febrl, { idColumns: ['rec_id'] });
    expect(records.map((r) => [r.recordId, r.name, r.birthDate])).toEqual([
      ['rec-1-org', 'james smith', '1956-04-09'],
      ['rec-2-org', 'mary', '1970-01-01'],
    ]);
    const settings = autoSettings(inferred.found, { linkType: 'linkOnly' });
    expect(settings.comparisons.map((c) => c.name)).toEqual([
      'postcode',
      'birthDate',
      'idNumber',
      'name',
    ]);
    const table = buildRecordTable(records, { columns: columnSpecs(inferred.columns) });
    expect(() => parseLinkageSettings(settings, table)).not.toThrow();
  });

  it('gives every header a choice and valid settings for any mix of known headers (property)', () => {
    const headers = [
      'nik',
      'nama',
      'given_name',
      'surname',
      'dob',
      'sex',
      'postcode',
      'alamat',
      'kk',
      'kode_wilayah',
      'rec_id',
      'hp',
    ];
    const value = (h: string, i: number) =>
      h === 'nik' || h === 'kk'
        ? `35740411058000${String(i % 100).padStart(2, '0')}`
        : h === 'dob'
          ? `0${1 + (i % 9)}-05-1980`
          : h === 'sex'
            ? i % 2
              ? 'L'
              : 'P'
            : `${h} ${i % 7}`;
    fc.assert(
      fc.property(fc.subarray(headers, { minLength: 1 }), (chosen) => {
        const rows = Array.from({ length: 30 }, (_, i) => chosen.map((h) => value(h, i)));
        const f = file('f', chosen, rows);
        const inferred = inferColumns([f]);
        expect(inferred.choices.map((c) => c.header)).toEqual(chosen);
        if (inferred.found.every((x) => x.compare === 'ignore')) return;
        const table = buildRecordTable(recordsOfFile(inferred.columns, f).records, {
          columns: columnSpecs(inferred.columns),
        });
        expect(() => parseLinkageSettings(autoSettings(inferred.found), table)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
