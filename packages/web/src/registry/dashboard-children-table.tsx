/**
 * The children of a region with their registry counts, a row each: people, families, poor
 * families and their share, families by status, disagreements. A row opens that region's
 * dashboard (drill-down); "Unduh .xlsx" writes the same rows.
 */
import { Anchor, Group, Paper, ScrollArea, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionCounts } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ExportButton } from './export-button.js';
import { formatShare, poorShare } from './registry-format.js';
import { useLocale } from './use-locale.js';
import type { XlsxTable } from './xlsx.js';

const poorOf = (r: RegionCounts) =>
  (r.familiesByStatus.miskin_ekstrem ?? 0) + (r.familiesByStatus.miskin ?? 0);

export function DashboardChildrenTable({
  rows,
  title,
  fileBase,
  onOpen,
}: {
  rows: RegionCounts[];
  title: string;
  fileBase: string;
  onOpen: (code: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const locale = useLocale();
  const name = (r: RegionCounts) =>
    r.name ?? (r.code === null ? t('registry.dashboard.unresolved') : r.code);
  const table: XlsxTable<RegionCounts> = {
    sheet: title,
    rows,
    columns: [
      { header: t('registry.column.code'), value: (r) => r.code, width: 16 },
      { header: t('registry.column.region'), value: name, width: 24 },
      { header: t('registry.column.people'), value: (r) => r.people },
      { header: t('registry.column.families'), value: (r) => r.families },
      { header: t('registry.column.poorFamilies'), value: poorOf },
      { header: t('registry.column.poorShare'), value: (r) => poorShare(r) ?? null },
      {
        header: t('registry.status.miskin_ekstrem'),
        value: (r) => r.familiesByStatus.miskin_ekstrem ?? 0,
      },
      { header: t('registry.status.miskin'), value: (r) => r.familiesByStatus.miskin ?? 0 },
      { header: t('registry.status.rentan'), value: (r) => r.familiesByStatus.rentan ?? 0 },
      {
        header: t('registry.status.tidak_miskin'),
        value: (r) => r.familiesByStatus.tidak_miskin ?? 0,
      },
      { header: t('registry.column.disagreements'), value: (r) => r.disagreements.people },
    ],
  };
  const num = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } } as const;
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        <ExportButton fileBase={fileBase} table={table} />
      </Group>
      <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
        <Table
          highlightOnHover
          stickyHeader
          verticalSpacing={6}
          fz="sm"
          data-testid="dashboard-children"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.column.region')}</Table.Th>
              <Table.Th {...num}>{t('registry.column.people')}</Table.Th>
              <Table.Th {...num}>{t('registry.column.families')}</Table.Th>
              <Table.Th {...num}>{t('registry.column.poorFamilies')}</Table.Th>
              <Table.Th {...num}>{t('registry.column.poorShare')}</Table.Th>
              <Table.Th {...num}>{t('registry.column.disagreements')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.code ?? 'unresolved'}
                onClick={() => r.code !== null && onOpen(r.code)}
                style={{ cursor: r.code === null ? undefined : 'pointer' }}
              >
                <Table.Td>
                  {r.code === null ? (
                    name(r)
                  ) : (
                    <Anchor
                      component={Link}
                      to={`/dasbor/${r.code}`}
                      size="sm"
                      fw={500}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {name(r)}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td {...num}>{fmt(r.people)}</Table.Td>
                <Table.Td {...num}>{fmt(r.families)}</Table.Td>
                <Table.Td {...num}>{fmt(poorOf(r))}</Table.Td>
                <Table.Td {...num}>{formatShare(poorShare(r), locale)}</Table.Td>
                <Table.Td {...num}>{fmt(r.disagreements.people)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}
