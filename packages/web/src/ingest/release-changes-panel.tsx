/**
 * On a DTSEN batch's page: what changed against the previous release of the same region — how
 * many families came, went or moved desa, and whose kabupaten/kota decile moved — per desa. The
 * first release of a region says so instead.
 */
import { Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, getReleaseChanges, type DesaChanges } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert, StatCard } from '../ui/index.js';

export function ReleaseChangesPanel({ batchId }: { batchId: number }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatNumber();
  const changes = useQuery({
    queryKey: ['release-changes', batchId, i18n.language],
    queryFn: ({ signal }) => getReleaseChanges(batchId, signal),
    retry: false,
  });
  const firstRelease =
    changes.error instanceof ApiError && changes.error.code === 'release.no_previous';

  return (
    <Paper withBorder p="md" radius="md" data-testid="release-changes">
      <Title order={2} size="h4" mb="sm">
        {t('release.title')}
      </Title>
      {firstRelease && <Text c="dimmed">{t('release.first')}</Text>}
      {changes.error && !firstRelease && <ProblemAlert error={changes.error} />}
      {changes.data && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('release.against', {
              id: changes.data.against.id,
              file: changes.data.against.fileName,
              asOf: changes.data.against.asOf ?? '—',
            })}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
            <StatCard
              label={t('release.families')}
              value={fmt(changes.data.totals.familiesAfter)}
              note={t('release.before', { n: fmt(changes.data.totals.familiesBefore) })}
            />
            <StatCard label={t('release.added')} value={fmt(changes.data.totals.added)} />
            <StatCard label={t('release.removed')} value={fmt(changes.data.totals.removed)} />
            <StatCard label={t('release.moved')} value={fmt(changes.data.totals.movedIn)} />
            <StatCard label={t('release.up')} value={fmt(changes.data.totals.decileKabkota.up)} />
            <StatCard
              label={t('release.down')}
              value={fmt(changes.data.totals.decileKabkota.down)}
            />
          </SimpleGrid>
          <ScrollArea type="auto" mah={480}>
            <Table verticalSpacing={4} fz="sm" stickyHeader data-testid="release-desa">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('release.desa')}</Table.Th>
                  {(
                    [
                      'before',
                      'after',
                      'added',
                      'removed',
                      'movedIn',
                      'movedOut',
                      'up',
                      'down',
                    ] as const
                  ).map((k) => (
                    <Table.Th key={k} ta="right">
                      {t(`release.column.${k}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.data.desa.map((d) => (
                  <DesaRow
                    key={d.desaCode ?? 'none'}
                    d={d}
                    fmt={fmt}
                    unresolved={t('release.unresolved')}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Stack>
      )}
    </Paper>
  );
}

function DesaRow({
  d,
  fmt,
  unresolved,
}: {
  d: DesaChanges;
  fmt: (n: number) => string;
  unresolved: string;
}) {
  const place =
    d.desaCode === null ? unresolved : `${d.desaName ?? d.desaCode} (${d.kecamatanName ?? ''})`;
  const cells = [
    d.familiesBefore,
    d.familiesAfter,
    d.added,
    d.removed,
    d.movedIn,
    d.movedOut,
    d.decileKabkota.up,
    d.decileKabkota.down,
  ];
  return (
    <Table.Tr>
      <Table.Td>{place}</Table.Td>
      {cells.map((n, i) => (
        <Table.Td key={i} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {fmt(n)}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
