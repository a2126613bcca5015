/** A person's fields with every source's value, loaded when asked for (a family page's member). */
import { Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPerson, personFields, type PersonDetail, type PersonField } from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ProvenanceTable } from './provenance-table.js';

export function personProvenanceFields(detail: PersonDetail, label: (key: PersonField) => string) {
  return personFields.map((key) => ({ key, label: label(key), chosen: detail.person[key] }));
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: ({ signal }) => getPerson(id!, undefined, signal),
    enabled: id !== undefined,
  });
}

export function PersonProvenance({ id }: { id: string }) {
  const { t } = useTranslation();
  const person = usePerson(id);
  if (person.isPending) return <Loader size="sm" />;
  if (person.isError) return <ProblemAlert error={person.error} />;
  return (
    <ProvenanceTable
      fields={personProvenanceFields(person.data, (k) => t(`registry.field.${k}`))}
      sources={person.data.sources}
      disagreements={person.data.person.disagreements}
      testId="person-provenance"
    />
  );
}
