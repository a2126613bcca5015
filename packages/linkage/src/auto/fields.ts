/**
 * The fields `--auto` knows, whatever a file calls them: what each is in the record table (its
 * prepared column and `ColumnRole`), how two values are compared, and the header names that
 * announce it, Indonesian and English. Headers are compared as keys: lower case, every run of
 * other characters one `_` (`TANGGAL LAHIR` → `tanggal_lahir`, `DESA/KELURAHAN` →
 * `desa_kelurahan`).
 */
import type { ColumnRole } from '../records/index.js';

/** How a field's two values are compared; `ignore` fields are never compared. */
export type FieldCompare =
  | 'name'
  | 'namePart'
  | 'nik'
  | 'kk'
  | 'birthDate'
  | 'sex'
  | 'region'
  | 'regionPart'
  | 'text'
  | 'code'
  | 'ignore';

export interface FieldDefinition {
  role: ColumnRole;
  compare: FieldCompare;
  /** Why a header named so is taken for this field (shown to the person). */
  meaning: string;
  headers: RegExp;
}

export const fields = {
  recordId: {
    role: 'text',
    compare: 'ignore',
    meaning: 'a record, family or household id (differs between files, never compared)',
    headers:
      /^(id|rec_?id|record_?id|idartbdt|idbdt|id_art|id_keluarga(_p3ke)?|id_rumah_tangga|id_rt|no_urut|nomor_urut|no)$/,
  },
  nik: {
    role: 'nik',
    compare: 'nik',
    meaning: 'NIK (16-digit population number)',
    headers: /^(nik|no_nik|nomor_nik|nomor_induk_kependudukan|nik_art|no_ktp|nomor_ktp)$/,
  },
  kk: {
    role: 'kk',
    compare: 'kk',
    meaning: 'No. KK (family card number)',
    headers: /^(kk|nokk|no_kk|nomor_kk|nomor_kartu_keluarga|no_kartu_keluarga|kartu_keluarga)$/,
  },
  name: {
    role: 'name',
    compare: 'name',
    meaning: 'full name',
    headers:
      /^(nama|nama_lengkap|nama_art|nm_art|nama_anggota|name|full_name|fullname|person_name)$/,
  },
  givenName: {
    role: 'name',
    compare: 'namePart',
    meaning: 'given name (forename)',
    headers: /^(given_?name|first_?name|forename|first|given|nama_depan)$/,
  },
  surname: {
    role: 'name',
    compare: 'namePart',
    meaning: 'surname (family name)',
    headers: /^(surname|last_?name|family_?name|last|nama_belakang|nama_keluarga)$/,
  },
  birthDate: {
    role: 'birthDate',
    compare: 'birthDate',
    meaning: 'date of birth',
    headers:
      /^(tgl_lahir|tgl_lhr|tanggal_lahir|dob|date_of_birth|birth_?date|birthday|tgl_lahir_art)$/,
  },
  sex: {
    role: 'sex',
    compare: 'sex',
    meaning: 'sex',
    headers: /^(jenis_kelamin|jns_kel|jk|kelamin|sex|gender)$/,
  },
  provinsiCode: {
    role: 'regionCode',
    compare: 'regionPart',
    meaning: 'province code (first part of the desa code)',
    headers: /^(kdprop|kdprov|kd_prov|kode_provinsi|kode_prov)$/,
  },
  kabkotaCode: {
    role: 'regionCode',
    compare: 'regionPart',
    meaning: 'kabupaten/kota code (part of the desa code)',
    headers: /^(kdkab|kd_kab|kode_kabupaten_kota|kode_kabupaten|kode_kab|kode_kota|kode_kab_kota)$/,
  },
  kecamatanCode: {
    role: 'regionCode',
    compare: 'regionPart',
    meaning: 'kecamatan code (part of the desa code)',
    headers: /^(kdkec|kd_kec|kode_kecamatan|kode_kec)$/,
  },
  desaPart: {
    role: 'regionCode',
    compare: 'regionPart',
    meaning: 'desa/kelurahan code (last part of the desa code, or all of it)',
    headers: /^(kddesa|kd_desa|kode_desa|kode_kelurahan|kode_kelurahan_desa|kode_desa_kelurahan)$/,
  },
  desaCode: {
    role: 'regionCode',
    compare: 'region',
    meaning: 'full Kemendagri desa/kelurahan code',
    headers: /^(kode_wilayah|kode_desa_lengkap|desa_code|region_code|kode_kemendagri)$/,
  },
  address: {
    role: 'text',
    compare: 'text',
    meaning: 'address (street)',
    headers: /^(alamat|alamat_lengkap|address|address_?1|street|street_address|jalan)$/,
  },
  address2: {
    role: 'text',
    compare: 'text',
    meaning: 'second address line',
    headers: /^(address_?2|alamat_?2)$/,
  },
  streetNumber: {
    role: 'text',
    compare: 'code',
    meaning: 'house number',
    headers: /^(street_?number|house_?number|no_rumah|nomor_rumah)$/,
  },
  suburb: {
    role: 'text',
    compare: 'text',
    meaning: 'suburb or town',
    headers: /^(suburb|city|town|locality)$/,
  },
  postcode: {
    role: 'text',
    compare: 'code',
    meaning: 'postcode',
    headers: /^(postcode|post_code|postal_code|zip|zip_?code|kode_pos|kodepos)$/,
  },
  state: {
    role: 'text',
    compare: 'text',
    meaning: 'state',
    headers: /^(state)$/,
  },
  desaName: {
    role: 'text',
    compare: 'text',
    meaning: 'desa/kelurahan name',
    headers: /^(nmdesa|nama_desa|desa|kelurahan|desa_kelurahan|nama_kelurahan)$/,
  },
  birthPlace: {
    role: 'text',
    compare: 'text',
    meaning: 'place of birth',
    headers: /^(tmpt_lhr|tempat_lahir|birth_?place|place_of_birth)$/,
  },
  idNumber: {
    role: 'text',
    compare: 'code',
    meaning: 'a personal id number other than NIK (social security, passport)',
    headers:
      /^(soc_sec_id|ssn|social_security(_number)?|passport(_number)?|national_id|id_number)$/,
  },
  phone: {
    role: 'text',
    compare: 'code',
    meaning: 'phone number',
    headers: /^(phone|phone_number|telepon|telp|no_hp|no_telp|nomor_hp|hp)$/,
  },
  regionName: {
    role: 'text',
    compare: 'ignore',
    meaning: 'a region name above the desa, or an SLS code (the desa says more)',
    headers: /^(nmkec|nama_kecamatan|kecamatan|provinsi|kabupaten|kabupaten_kota|kota|kode_sls)$/,
  },
  notCompared: {
    role: 'text',
    compare: 'ignore',
    meaning:
      'a status, a programme flag or a welfare rank (changes over time, not who a person is)',
    headers:
      /^(hub_|hubungan|status|desil|pkh|bpnt|pbi|peringkat|pekerjaan|pendidikan|penerima|jenis_|sumber_|fasilitas_|age$|umur$|blocking)/,
  },
} as const satisfies Record<string, FieldDefinition>;

export type FieldName = keyof typeof fields;

export const fieldNames = Object.keys(fields) as FieldName[];

/** `TANGGAL LAHIR` → `tanggal_lahir`. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The field a header names, if any (the first rule that matches, in `fields` order). */
export function fieldOfHeader(header: string): FieldName | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  return fieldNames.find((f) => fields[f].headers.test(key));
}
