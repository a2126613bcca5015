/** Status, the decile it was decided on, each source's decile, and the aid flags of a family. */
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FamilyDetail } from '../api/index.js';
import { StatusBadge } from './status-badge.js';

const decileRows = [
  'dtsenNational',
  'dtsenProvincial',
  'dtsenKabkota',
  'regsosek',
  'p3ke',
] as const;
const aidKeys = ['pkh', 'bpnt', 'pbi'] as const;

export function DecilesCard({ family }: { family: FamilyDetail['family'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.family.status')}
          </Title>
          <Group gap="xs">
            <StatusBadge status={family.status} />
            {family.decile !== null && (
              <Text size="sm">
                {t('registry.family.decileBasis', {
                  decile: family.decile,
                  basis: t(`registry.basis.${family.decileBasis ?? 'none'}`, {
                    defaultValue: family.decileBasis ?? '–',
                  }),
                })}
              </Text>
            )}
          </Group>
          <Title order={3} size="h5" mt="sm">
            {t('registry.family.aid')}
          </Title>
          <Group gap="xs" data-testid="aid-flags">
            {aidKeys.map((k) => {
              const v = family.aid[k];
              return (
                <Badge key={k} variant={v ? 'filled' : 'outline'} color={v ? 'blue' : 'gray'}>
                  {t(`registry.aid.${k}`)}:{' '}
                  {v === null ? '–' : v ? t('registry.value.yes') : t('registry.value.no')}
                </Badge>
              );
            })}
          </Group>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.family.deciles')}
          </Title>
          <Table fz="sm" verticalSpacing={4} data-testid="deciles">
            <Table.Tbody>
              {decileRows.map((k) => (
                <Table.Tr key={k}>
                  <Table.Td>{t(`registry.decile.${k}`)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {family.deciles[k] ?? '–'}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>{t('registry.decile.inDtks')}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {family.deciles.inDtks ? t('registry.value.yes') : t('registry.value.no')}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {family.decileSpread !== null && family.decileSpread >= 2 && (
            <Badge color="red" variant="light">
              {t('registry.family.spread', { spread: family.decileSpread })}
            </Badge>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
