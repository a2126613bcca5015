/** The two records of a pair side by side, with the fields that differ highlighted. */
import { Badge, Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewRecord } from '../api/index.js';

const fields = [
  'nik', 'kk', 'name', 'sex', 'birthDate', 'birthPlace', 'relation', 'familyId', 'desaCode',
  'address', 'rt', 'rw',
] as const; // prettier-ignore
type Field = (typeof fields)[number];

const show = (v: string | number | null) => (v === null || v === '' ? null : String(v));

/** Whether two values differ as a reviewer would see it (case and spacing aside). */
export function differs(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();
  return norm(a) !== norm(b);
}

export function RecordCompare({ a, b }: { a: ReviewRecord; b: ReviewRecord }) {
  const { t } = useTranslation();
  const label = (f: Field) => t(`review.field.${f}`);
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} fz="sm" data-testid="record-compare">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {[a, b].map((r) => (
              <Table.Th key={`${r.batchId}-${r.rowNumber}`}>
                <Badge variant="light" mr="xs">
                  {r.sourceKind.toUpperCase()}
                </Badge>
                {r.recordId}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => {
            const va = show(a[f]);
            const vb = show(b[f]);
            const diff = differs(va, vb);
            const cell = (v: string | null) => (
              <Table.Td
                data-differs={diff || undefined}
                bg={diff ? 'var(--mantine-color-yellow-1)' : undefined}
                c={v === null ? 'dimmed' : undefined}
              >
                {v ?? '—'}
              </Table.Td>
            );
            return (
              <Table.Tr key={f}>
                <Table.Td fw={600}>{label(f)}</Table.Td>
                {cell(va)}
                {cell(vb)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
