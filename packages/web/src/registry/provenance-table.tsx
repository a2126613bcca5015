/**
 * Where each value came from: one row per field, the chosen value first, then every source
 * record's value side by side under a header naming its provenance (source, batch, row, record
 * id, data date). A source value that differs from the chosen one is highlighted, the cell the
 * chosen value was taken from is marked, and fields the sources disagree on carry a badge.
 */
import { Anchor, Badge, Box, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Chosen, SourceValues } from '../api/index.js';
import {
  differs,
  isChosenSource,
  snakeCase,
  sourceLabel,
  type SourceField,
} from './registry-format.js';
import { ValueText } from './value-text.js';

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

export function ProvenanceTable({
  fields,
  sources,
  disagreements,
  testId,
}: {
  fields: ProvenanceField[];
  sources: SourceValues[];
  disagreements: readonly string[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const disputed = new Set(disagreements);
  return (
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
  );
}
