/** A person's fields with every source's value, loaded when asked for (a family page's member). */
import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  getPerson,
  personFields,
  type Chosen,
  type PersonDetail,
  type PersonField,
} from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ProvenanceTable, type ProvenanceField } from './provenance-table.js';

export function personProvenanceFields(
  detail: PersonDetail,
  label: (key: PersonField) => string,
  relation: (code: Chosen['value']) => string,
): ProvenanceField[] {
  return personFields.map((key) => ({
    key,
    label: label(key),
    chosen: detail.person[key],
    format: key === 'relation' ? relation : undefined,
  }));
}

/** "3 · Anak": the code the sources write, with its name. */
export function useRelationText(): (code: Chosen['value']) => string {
  const { t } = useTranslation();
  return (code) =>
    `${String(code)} · ${t(`registry.relation.${String(code)}`, { defaultValue: '?' })}`;
}

export function usePerson(id: string | undefined, asOf?: string, reveal = false) {
  return useQuery({
    queryKey: ['person', id, asOf, reveal],
    queryFn: ({ signal }) => getPerson(id!, asOf, signal, reveal),
    enabled: id !== undefined,
  });
}

export function PersonProvenance({ id }: { id: string }) {
  const { t } = useTranslation();
  const person = usePerson(id);
  const relation = useRelationText();
  if (person.isPending) return <Loader size="sm" />;
  if (person.isError) return <ProblemAlert error={person.error} />;
  return (
    <ProvenanceTable
      fields={personProvenanceFields(person.data, (k) => t(`registry.field.${k}`), relation)}
      sources={person.data.sources}
      disagreements={person.data.person.disagreements}
      testId="person-provenance"
      fileBase={`orang ${id} sumber`}
    />
  );
}
