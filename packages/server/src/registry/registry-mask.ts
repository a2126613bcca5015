/**
 * NIK and No. KK masked in every registry answer unless the reader deliberately reveals them
 * (`reveal=true`, which the route records): lists and pages are for finding and reading people,
 * not for copying their numbers.
 */
import { maskNumber } from '@tepat/domain';
import type {
  Chosen,
  FamilyDetail,
  FamilyPage,
  FamilySummary,
  PersonDetail,
  PersonPage,
  PersonSummary,
  SourceValues,
} from './registry.js';

const chosen = (c: Chosen): Chosen =>
  typeof c.value === 'string' ? { ...c, value: maskNumber(c.value) } : c;
const numbers = <T extends { nik?: string | null; kk: string | null }>(x: T): T => ({
  ...x,
  ...(x.nik !== undefined && { nik: maskNumber(x.nik) }),
  kk: maskNumber(x.kk),
});

export const maskPersonSummary = (p: PersonSummary): PersonSummary => numbers(p);
const maskSource = (s: SourceValues): SourceValues => numbers(s);
const maskFamilySummary = (f: FamilySummary): FamilySummary => numbers(f);

export const maskPersonPage = (p: PersonPage): PersonPage => ({
  ...p,
  items: p.items.map(maskPersonSummary),
});

export const maskFamilyPage = (p: FamilyPage): FamilyPage => ({
  ...p,
  items: p.items.map(maskFamilySummary),
});

export const maskPersonDetail = (d: PersonDetail): PersonDetail => ({
  ...d,
  person: { ...d.person, nik: chosen(d.person.nik), kk: chosen(d.person.kk) },
  sources: d.sources.map(maskSource),
});

export const maskFamilyDetail = (d: FamilyDetail): FamilyDetail => ({
  ...d,
  family: {
    ...numbers(d.family),
    fields: { ...d.family.fields, kk: chosen(d.family.fields.kk) },
  },
  members: d.members.map(maskPersonSummary),
  sources: d.sources.map(maskSource),
});
