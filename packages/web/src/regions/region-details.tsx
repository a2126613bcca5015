import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../api/index.js';
import { useRegionLabels } from './region-labels.js';

/** Facts about a desa/kelurahan, which has no children to list. */
export function RegionDetails({
  region,
  lineage,
  bpsCodes,
}: {
  region: RegionSummary;
  lineage: RegionSummary[];
  bpsCodes: string[];
}) {
  const { t } = useTranslation();
  const labels = useRegionLabels();
  const rows: [string, React.ReactNode][] = [
    [t('regions.column.name'), region.name],
    [
      t('regions.kemendagriCode'),
      <Text ff="monospace" size="sm" key="code">
        {region.code}
      </Text>,
    ],
    [t('regions.bpsCodeLabel'), bpsCodes.length > 0 ? bpsCodes.join(', ') : '—'],
    [t('regions.column.kind'), labels.kind(region.kind)],
    ...[...lineage].reverse().map((r): [string, React.ReactNode] => [
      labels.level(r.level),
      <Anchor component={Link} to={`/wilayah/${r.code}`} size="sm" key={r.code}>
        {r.name}
      </Anchor>,
    ]),
  ];
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Title order={2} size="h4" mb="sm">
        {t('regions.detailsTitle')}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false} fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={170}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="md">
        {t('regions.leafNote')}
      </Text>
    </Paper>
  );
}
