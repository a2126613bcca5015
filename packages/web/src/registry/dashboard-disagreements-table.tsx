/**
 * Families of the region whose deciles differ by two or more across DTSEN, Regsosek and P3KE:
 * the ones whose status most depends on which source is believed, for verivali first. The
 * first 200, widest spread first as the server orders them.
 */
import { Anchor, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listDecileDisagreements, type FamilySummary } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExportButton } from './export-button.js';
import { StatusBadge } from './status-badge.js';
import { useRegionNames } from './use-registry-region.js';
import type { XlsxTable } from './xlsx.js';

const decileColumns = ['dtsenKabkota', 'dtsenNational', 'regsosek', 'p3ke'] as const;

export function DashboardDisagreementsTable({
  code,
  asOf,
  fileBase,
}: {
  code: string;
  asOf: string | undefined;
  fileBase: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const families = useQuery({
    queryKey: ['decile-disagreements', code, asOf],
    queryFn: ({ signal }) =>
      listDecileDisagreements({ region: code, limit: 200, ...(asOf && { asOf }) }, signal),
  });
  const rows = families.data?.items ?? [];
  const desaName = useRegionNames(rows.map((f) => f.regionCode));
  const title = t('registry.dashboard.decileDisagreements');
  const table: XlsxTable<FamilySummary> = {
    sheet: title,
    rows,
    columns: [
      { header: t('registry.column.kk'), value: (f) => f.kk, width: 20 },
      { header: t('registry.column.desa'), value: (f) => desaName(f.regionCode), width: 20 },
      ...decileColumns.map((k) => ({
        header: t(`registry.decile.${k}`),
        value: (f: FamilySummary) => f.deciles[k],
      })),
      { header: t('registry.column.spread'), value: (f) => f.decileSpread },
      {
        header: t('registry.column.status'),
        value: (f) => t(`registry.status.${f.status ?? 'unknown'}`),
      },
      { header: t('registry.column.familyId'), value: (f) => f.id },
    ],
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
          {families.data && ` (${fmt(families.data.total)})`}
        </Title>
        <ExportButton fileBase={fileBase} table={table} />
      </Group>
      {families.isError && <ProblemAlert error={families.error} />}
      <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
        <Table
          highlightOnHover
          stickyHeader
          verticalSpacing={6}
          fz="sm"
          data-testid="decile-disagreements"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.column.kk')}</Table.Th>
              <Table.Th>{t('registry.column.desa')}</Table.Th>
              {decileColumns.map((k) => (
                <Table.Th key={k} ta="right">
                  {t(`registry.decile.${k}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('registry.column.spread')}</Table.Th>
              <Table.Th>{t('registry.column.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td ff="monospace">
                  <Anchor component={Link} to={`/keluarga/${f.id}`} size="sm">
                    {f.kk ?? f.id}
                  </Anchor>
                </Table.Td>
                <Table.Td>{desaName(f.regionCode)}</Table.Td>
                {decileColumns.map((k) => (
                  <Table.Td key={k} ta="right">
                    {f.deciles[k] ?? '–'}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {f.decileSpread ?? '–'}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={f.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {families.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('registry.dashboard.noDisagreements')}
          </Text>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
