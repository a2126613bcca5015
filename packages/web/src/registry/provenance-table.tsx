/**
 * Where each value came from: one row per field, the chosen value first, then every source
 * record's value side by side under a header naming its provenance (source, batch, row, record
 * id, data date). A source value that differs from the chosen one is highlighted, the cell the
 * chosen value was taken from is marked, and fields the sources disagree on carry a badge.
 */
import { Anchor, Badge, Box, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Chosen, SourceValues } from '../api/index.js';
import {
  differs,
  isChosenSource,
  snakeCase,
  sourceLabel,
  valueKind,
  type SourceField,
} from './registry-format.js';
import { ExportButton } from './export-button.js';
import { useValueText, ValueText } from './value-text.js';
import type { XlsxTable } from './xlsx.js';

export interface ProvenanceField {
  /** Wire name, also the name of the source column (`birthDate`). */
  key: string;
  label: string;
  chosen: Chosen;
  /** How a value of this field reads (a relation code as its name); plain text by default. */
  format?: ((value: Chosen['value']) => string) | undefined;
}

const highlight = 'var(--mantine-color-red-0)';
const chosenMark = 'var(--mantine-color-teal-0)';

function SourceHeader({ source }: { source: SourceValues }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} data-testid="source-header">
      <Text fw={700} size="sm">
        {sourceLabel(source.sourceKind)}
      </Text>
      <Anchor component={Link} to={`/batch/${source.batchId}`} size="xs">
        {t('registry.provenance.batch', { id: source.batchId })}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('registry.provenance.row', { row: source.rowNumber, id: source.recordId })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('registry.provenance.asOf', { date: source.asOf ?? '–' })}
      </Text>
    </Stack>
  );
}

/** The same grid as a sheet: a row per field, the chosen value and its origin, a column per source. */
function useProvenanceSheet(
  fields: ProvenanceField[],
  sources: SourceValues[],
): XlsxTable<ProvenanceField> {
  const { t } = useTranslation();
  const text = useValueText();
  const read = (f: ProvenanceField, v: Chosen['value'] | undefined) =>
    f.format !== undefined && valueKind(v) === 'text' ? f.format(v!) : text(v);
  return {
    sheet: t('registry.provenance.sheet'),
    rows: fields,
    columns: [
      { header: t('registry.provenance.field'), value: (f) => f.label, width: 22 },
      { header: t('registry.provenance.chosen'), value: (f) => read(f, f.chosen.value), width: 28 },
      {
        header: t('registry.provenance.origin'),
        value: (f) =>
          f.chosen.sourceKind === null
            ? null
            : t('registry.provenance.from', {
                source: sourceLabel(f.chosen.sourceKind),
                batch: f.chosen.batchId,
                row: f.chosen.rowNumber,
              }),
        width: 34,
      },
      ...sources.map((s) => ({
        header: `${sourceLabel(s.sourceKind)} · ${t('registry.provenance.batch', { id: s.batchId })} · ${t('registry.provenance.row', { row: s.rowNumber, id: s.recordId })}`,
        value: (f: ProvenanceField) => read(f, s[f.key as SourceField]),
        width: 28,
      })),
    ],
  };
}

export function ProvenanceTable({
  fields,
  sources,
  disagreements,
  testId,
  fileBase,
}: {
  fields: ProvenanceField[];
  sources: SourceValues[];
  disagreements: readonly string[];
  testId?: string;
  /** Words the .xlsx file is named after. */
  fileBase: string;
}) {
  const { t } = useTranslation();
  const disputed = new Set(disagreements);
  const sheet = useProvenanceSheet(fields, sources);
  return (
    <>
      <Group justify="end" mb="xs">
        <ExportButton fileBase={fileBase} table={sheet} />
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <Table withColumnBorders verticalSpacing={6} fz="sm" data-testid={testId ?? 'provenance'}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('registry.provenance.field')}</Table.Th>
              <Table.Th miw={180}>{t('registry.provenance.chosen')}</Table.Th>
              {sources.map((s) => (
                <Table.Th key={`${s.batchId}:${s.rowNumber}`} miw={150}>
                  <SourceHeader source={s} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => {
              const isDisputed = disputed.has(f.key) || disputed.has(snakeCase(f.key));
              return (
                <Table.Tr key={f.key} data-disagreement={isDisputed || undefined}>
                  <Table.Td fw={500}>
                    {f.label}
                    {isDisputed && (
                      <Badge ml={6} size="xs" color="red" variant="light">
                        {t('registry.provenance.disagree')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Box>
                      <Text span fw={600} size="sm">
                        <ValueText value={f.chosen.value} format={f.format} />
                      </Text>
                    </Box>
                    {f.chosen.sourceKind !== null && (
                      <Text size="xs" c="dimmed" data-testid="chosen-provenance">
                        {t('registry.provenance.from', {
                          source: sourceLabel(f.chosen.sourceKind),
                          batch: f.chosen.batchId,
                          row: f.chosen.rowNumber,
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  {sources.map((s) => {
                    const value = s[f.key as SourceField] as Chosen['value'] | undefined;
                    const off = differs(f.chosen.value, value);
                    const taken = isChosenSource(f.chosen, s);
                    return (
                      <Table.Td
                        key={`${s.batchId}:${s.rowNumber}`}
                        bg={off ? highlight : taken ? chosenMark : undefined}
                        data-differs={off || undefined}
                        title={taken ? t('registry.provenance.taken') : undefined}
                      >
                        <ValueText value={value} format={f.format} />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
