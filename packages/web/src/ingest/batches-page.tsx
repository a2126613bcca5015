/** The imported batches, newest first, each opening its own page. */
import { Anchor, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listBatches } from '../api/index.js';
import { useDateTime, useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';

export function BatchesPage() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const dateTime = useDateTime();
  const batches = useQuery({
    queryKey: ['batches'],
    queryFn: ({ signal }) => listBatches(signal),
    staleTime: 0,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('batches.title')}
        </Title>
        <Button component={Link} to="/impor" variant="light">
          {t('batches.importNow')}
        </Button>
      </Group>
      {batches.error && <ProblemAlert error={batches.error} />}
      {batches.data?.length === 0 && <Text c="dimmed">{t('batches.empty')}</Text>}
      {batches.data && batches.data.length > 0 && (
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="batches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('batches.column.id')}</Table.Th>
                  <Table.Th>{t('batches.column.file')}</Table.Th>
                  <Table.Th>{t('batches.column.profile')}</Table.Th>
                  <Table.Th>{t('batches.column.region')}</Table.Th>
                  <Table.Th>{t('batches.column.asOf')}</Table.Th>
                  <Table.Th ta="right">{t('batches.column.rows')}</Table.Th>
                  <Table.Th ta="right">{t('batches.column.rowsWithErrors')}</Table.Th>
                  <Table.Th ta="right">{t('batches.column.problems')}</Table.Th>
                  <Table.Th>{t('batches.column.importedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.data.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/batch/${b.id}`} fw={600} size="sm">
                        {b.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{b.fileName}</Table.Td>
                    <Table.Td>{b.profileName}</Table.Td>
                    <Table.Td ff="monospace">{b.regionCode ?? '—'}</Table.Td>
                    <Table.Td>{b.asOf ?? '—'}</Table.Td>
                    <Table.Td ta="right">{fmt(b.rows)}</Table.Td>
                    <Table.Td ta="right">{fmt(b.rowsWithErrors)}</Table.Td>
                    <Table.Td ta="right">{fmt(b.problems)}</Table.Td>
                    <Table.Td>{dateTime(b.importedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
    </Stack>
  );
}
