/**
 * At the bottom of the drill-down a desa has no children to list: its dashboard lists its
 * people instead (first 500, the most a page of the search API gives), each opening its family.
 */
import { Anchor, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchPeople, type PersonSummary } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExportButton } from './export-button.js';
import { StatusBadge } from './status-badge.js';
import type { XlsxTable } from './xlsx.js';

export function DashboardPeopleTable({
  code,
  asOf,
  title,
  fileBase,
}: {
  code: string;
  asOf: string | undefined;
  title: string;
  fileBase: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const people = useQuery({
    queryKey: ['people', '', code, 'dashboard', asOf],
    queryFn: ({ signal }) => searchPeople({ region: code, asOf, limit: 500 }, signal),
  });
  const rows = people.data?.items ?? [];
  const table: XlsxTable<PersonSummary> = {
    sheet: title,
    rows,
    columns: [
      { header: t('registry.column.name'), value: (p) => p.name, width: 28 },
      { header: t('registry.column.nik'), value: (p) => p.nik, width: 20 },
      { header: t('registry.column.kk'), value: (p) => p.kk, width: 20 },
      { header: t('registry.column.birthDate'), value: (p) => p.birthDate, width: 12 },
      {
        header: t('registry.column.status'),
        value: (p) => t(`registry.status.${p.status ?? 'unknown'}`),
      },
      { header: t('registry.column.personId'), value: (p) => p.id },
      { header: t('registry.column.familyId'), value: (p) => p.familyId },
    ],
  };
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
          {people.data && ` (${fmt(people.data.total)})`}
        </Title>
        <ExportButton fileBase={fileBase} table={table} />
      </Group>
      {people.isError && <ProblemAlert error={people.error} />}
      <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
        <Table
          highlightOnHover
          stickyHeader
          verticalSpacing={6}
          fz="sm"
          data-testid="dashboard-people"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.column.name')}</Table.Th>
              <Table.Th>{t('registry.column.kk')}</Table.Th>
              <Table.Th>{t('registry.column.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orang/${p.id}`} size="sm" fw={500}>
                    {p.name ?? '–'}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace">
                  <Anchor component={Link} to={`/keluarga/${p.familyId}`} size="sm">
                    {p.kk ?? p.familyId}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {people.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('registry.dashboard.noPeople')}
          </Text>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
