/**
 * The top of a region page: its name, kind and codes (Kemendagri and BPS, which differ and both
 * turn up in source files), and a row of counts a data steward checks first.
 */
import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { regionLevels } from '@tepat/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getHealth, type RegionKind } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { useRegionLabels } from './region-labels.js';
import type { RegionView } from './region-view.js';
import { childLevelOf } from './region-view.js';
import { StatCard } from '../ui/index.js';

interface Stat {
  label: string;
  value: string;
  note?: string;
}

function useStats(view: RegionView): Stat[] {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const labels = useRegionLabels();
  const health = useQuery({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal) });
  const { region, children, childLevel } = view;

  if (region === undefined && health.data) {
    const counts = health.data.regions;
    return regionLevels.map((level) => ({ label: labels.level(level), value: fmt(counts[level]) }));
  }
  if (childLevel === undefined) return [];

  const stats: Stat[] = [{ label: labels.level(childLevel), value: fmt(children.length) }];
  const byKind = new Map<RegionKind, number>();
  for (const c of children) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  if (byKind.size > 1) {
    for (const [kind, n] of byKind) stats.push({ label: labels.kind(kind), value: fmt(n) });
  }
  const grandchildLevel = childLevelOf(childLevel);
  if (grandchildLevel !== undefined) {
    const total = children.reduce((sum, c) => sum + c.childCount, 0);
    stats.push({ label: labels.level(grandchildLevel), value: fmt(total) });
  }
  const drawn = region?.childBoundaryCount ?? children.length;
  stats.push({
    label: t('regions.stats.mapped'),
    value: `${fmt(drawn)} / ${fmt(children.length)}`,
    note: t('regions.stats.mappedNote', { level: labels.levelPlural(childLevel) }),
  });
  return stats;
}

export function RegionOverview({ view }: { view: RegionView }) {
  const { t } = useTranslation();
  const labels = useRegionLabels();
  const stats = useStats(view);
  const { region, bpsCodes } = view;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed" fw={500}>
          {region === undefined ? t('regions.country') : labels.kind(region.kind)}
        </Text>
        <Group gap="sm" align="baseline" wrap="wrap">
          <Title order={1} size="h2">
            {region?.name ?? t('regions.indonesia')}
          </Title>
          {region !== undefined && (
            <Badge
              variant="light"
              size="lg"
              radius="sm"
              ff="monospace"
              title={t('regions.kemendagriCode')}
            >
              {region.code}
            </Badge>
          )}
          {bpsCodes.map((code) => (
            <Badge key={code} variant="outline" color="gray" size="lg" radius="sm" ff="monospace">
              {t('regions.bpsCode', { code })}
            </Badge>
          ))}
        </Group>
      </div>
      {stats.length > 0 && (
        <SimpleGrid
          cols={{ base: 2, sm: Math.min(stats.length, 4), lg: Math.min(stats.length, 5) }}
          spacing="sm"
        >
          {stats.map((s) => (
            <StatCard key={s.label} label={s.label} value={s.value} note={s.note} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
