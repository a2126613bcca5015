/**
 * The real places a synthetic region is made of: its kabupaten/kota (one, or all of a
 * province's), each with its real population (Dukcapil, December 2024) and its kecamatan and
 * desa/kelurahan from the Kemendagri reference (`idn-area-data`), with the names the source
 * files will print. Where people live inside a kab/kota is not published below kab/kota level,
 * so each desa gets a random but seeded weight (kelurahan, being urban, weigh more).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { desaKind, levelOfCode, parseRegionCode, TepatError } from '@tepat/domain';

const PENDUDUK = fileURLToPath(
  new URL('../../data/penduduk/penduduk_luas_prov_kabkota_2024s2.csv', import.meta.url),
);

export interface DesaFrame {
  code: string;
  name: string;
  kind: 'kelurahan' | 'desa' | 'desa_adat';
  kecamatanCode: string;
  kecamatanName: string;
}

export interface KabkotaFrame {
  code: string;
  name: string;
  /** Dukcapil population, semester II 2024. */
  population: number;
  /** Share of women in that population. */
  femaleShare: number;
  desa: DesaFrame[];
}

export interface RegionFrame {
  code: string;
  name: string;
  level: 'provinsi' | 'kabkota';
  provinsiCode: string;
  provinsiName: string;
  kabkota: KabkotaFrame[];
}

interface PopulationRow {
  kode: string;
  penduduk_perempuan: string;
  penduduk_total: string;
}

export async function loadRegionFrame(codeText: string): Promise<RegionFrame> {
  const code = parseRegionCode(codeText);
  if (!code) throw new TepatError('region.not_found', { value: codeText });
  const level = levelOfCode(code);
  if (level !== 'provinsi' && level !== 'kabkota') {
    throw new TepatError('synth.region_level', { value: codeText });
  }
  const provinsiCode = code.slice(0, 2);
  const [provinces, regencies, districts, villages, popText] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
    readFile(PENDUDUK, 'utf8'),
  ]);
  const provinsi = provinces.find((p) => p.code === provinsiCode);
  const chosen = regencies.filter((r) =>
    level === 'provinsi' ? r.province_code === code : r.code === code,
  );
  if (!provinsi || chosen.length === 0)
    throw new TepatError('region.not_found', { value: codeText });

  const population = new Map(
    parse<PopulationRow>(popText, { columns: true }).map((r) => [r.kode, r]),
  );
  const kecamatanName = new Map(districts.map((d) => [d.code, d.name]));
  const desaByKabkota = new Map<string, DesaFrame[]>();
  for (const v of villages) {
    const kabkota = v.code.slice(0, 5);
    let list = desaByKabkota.get(kabkota);
    if (!list) desaByKabkota.set(kabkota, (list = []));
    list.push({
      code: v.code,
      name: v.name,
      kind: desaKind(v.code) ?? 'desa',
      kecamatanCode: v.district_code,
      kecamatanName: kecamatanName.get(v.district_code) ?? '',
    });
  }
  const kabkota = chosen.map((r): KabkotaFrame => {
    const pop = population.get(r.code);
    const total = Number(pop?.penduduk_total ?? 0);
    return {
      code: r.code,
      name: r.name,
      population: total,
      femaleShare: total > 0 ? Number(pop?.penduduk_perempuan) / total : 0.5,
      desa: desaByKabkota.get(r.code) ?? [],
    };
  });
  const name = level === 'provinsi' ? provinsi.name : (chosen[0]?.name ?? '');
  return { code, name, level, provinsiCode, provinsiName: provinsi.name, kabkota };
}

/**
 * How many of `total` people each kab/kota gets: proportional to its real population, rounded so
 * the parts add up exactly (largest remainder).
 */
export function allocateByPopulation(frame: RegionFrame, total: number): number[] {
  const sum = frame.kabkota.reduce((s, k) => s + k.population, 0) || frame.kabkota.length;
  const exact = frame.kabkota.map((k) => (total * (k.population || 1)) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, n) => s + n, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/**
 * Seeded weights for the desa of one kab/kota: Gamma(2)-like spread so some desa are twice the
 * average and some half, kelurahan weighted 1.5× as urban places are denser.
 */
export function desaWeights(desa: DesaFrame[], uniform: () => number): number[] {
  return desa.map((d) => {
    const gamma2 = -Math.log(1 - uniform()) - Math.log(1 - uniform());
    return (0.25 + gamma2) * (d.kind === 'kelurahan' ? 1.5 : 1);
  });
}
