/**
 * The children of a region as a table a data steward can scan and filter: code, name, kind and
 * how many regions lie below each. A row (or its name) opens that region.
 */
import {
  Anchor,
  Badge,
  Group,
  Paper,
  ScrollArea,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RegionLevel } from '@tepat/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { useRegionLabels } from './region-labels.js';
import { childLevelOf } from './region-view.js';

interface Props {
  items: RegionSummary[];
  level: RegionLevel;
  onOpen: (code: string) => void;
}

/** Case- and accent-insensitive match on name, or prefix match on the code with or without dots. */
function matches(r: RegionSummary, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (q === '') return true;
  const digits = q.replace(/\./g, '');
  return (
    fold(r.name).includes(q) || (digits !== '' && r.code.replace(/\./g, '').startsWith(digits))
  );
}

export function RegionChildrenTable({ items, level, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const labels = useRegionLabels();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => items.filter((r) => matches(r, query)), [items, query]);
  const below = childLevelOf(level);

  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {t('regions.childrenTitle', { level: labels.levelPlural(level) })}
        </Title>
        <Badge variant="light" size="lg" radius="sm">
          {shown.length === items.length
            ? fmt(items.length)
            : t('regions.filteredCount', { shown: fmt(shown.length), total: fmt(items.length) })}
        </Badge>
      </Group>
      <TextInput
        placeholder={t('regions.filterPlaceholder')}
        aria-label={t('regions.filterLabel')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        mb="sm"
      />
      <ScrollArea.Autosize mah={448} type="auto" offsetScrollbars>
        <Table
          highlightOnHover
          stickyHeader
          verticalSpacing={6}
          fz="sm"
          data-testid="region-children"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('regions.column.code')}</Table.Th>
              <Table.Th>{t('regions.column.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('regions.column.kind')}</Table.Th>
              {below !== undefined && <Table.Th ta="right">{labels.level(below)}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.code} onClick={() => onOpen(r.code)} style={{ cursor: 'pointer' }}>
                <Table.Td ff="monospace" c="dimmed">
                  {r.code}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/wilayah/${r.code}`}
                    fw={500}
                    size="sm"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td visibleFrom="sm">{labels.kind(r.kind)}</Table.Td>
                {below !== undefined && (
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {fmt(r.childCount)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('regions.noMatch')}
          </Text>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
