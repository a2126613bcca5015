/**
 * "Data untuk mitra" (`/data-mitra`), for partners: the extracts a data steward gave them — what
 * for, under which agreement, how many families, until when, by whom — each downloadable as
 * .xlsx or .csv while valid. The server answers downloads for the named recipient only and
 * records each one.
 */
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { extractDownloadUrl, listMyExtracts } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExtractStateBadge } from './extract-state-badge.js';

export function PartnerExtractsPage() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const mine = useQuery({ queryKey: ['extracts', 'mine'], queryFn: ({ signal }) => listMyExtracts(signal) }); // prettier-ignore
  const items = mine.data?.items ?? [];
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2">
        {t('extracts.partner.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('extracts.partner.intro')}
      </Text>
      <Alert color="orange" variant="light">
        {t('extracts.partner.notice')}
      </Alert>
      {mine.error && <ProblemAlert error={mine.error} />}
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} fz="sm" data-testid="my-extracts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('extracts.column.id')}</Table.Th>
              <Table.Th>{t('extracts.column.purpose')}</Table.Th>
              <Table.Th>{t('extracts.column.region')}</Table.Th>
              <Table.Th ta="right">{t('extracts.column.families')}</Table.Th>
              <Table.Th>{t('extracts.column.expiresOn')}</Table.Th>
              <Table.Th>{t('extracts.column.givenBy')}</Table.Th>
              <Table.Th>{t('extracts.column.state')}</Table.Th>
              <Table.Th>{t('extracts.partner.download')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id} data-extract={e.id}>
                <Table.Td>#{e.id}</Table.Td>
                <Table.Td>
                  <Text size="sm">{e.purpose}</Text>
                  <Text size="xs" c="dimmed">
                    {e.reference}
                  </Text>
                </Table.Td>
                <Table.Td>{`${e.region.code} ${e.region.name ?? ''}`}</Table.Td>
                <Table.Td ta="right">{fmt(e.familyCount)}</Table.Td>
                <Table.Td>{e.expiresOn}</Table.Td>
                <Table.Td>{e.createdBy}</Table.Td>
                <Table.Td>
                  <ExtractStateBadge state={e.state} />
                </Table.Td>
                <Table.Td>
                  {e.state === 'active' ? (
                    <Group gap={4} wrap="nowrap">
                      {(['xlsx', 'csv'] as const).map((format) => (
                        <Button
                          key={format}
                          component="a"
                          href={extractDownloadUrl(e.id, format)}
                          download
                          size="compact-xs"
                          variant="light"
                          aria-label={t('extracts.partner.downloadAs', { id: e.id, format })}
                        >
                          .{format}
                        </Button>
                      ))}
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('extracts.partner.unavailable')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {mine.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {t('extracts.partner.empty')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
