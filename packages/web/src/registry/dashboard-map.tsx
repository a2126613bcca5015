/**
 * The dashboard's map: the children of a region (kecamatan of a kota, desa of a kecamatan)
 * coloured by the share of poor families, drawn with the region browser's boundary map. A desa
 * has no children, so its siblings are drawn with the desa in the accent colour.
 */
import { Box, Center, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { parentCode } from '@tepat/domain';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionCounts } from '../api/index.js';
import { LazyRegionMap, useBoundaries } from '../regions/index.js';
import { ProblemAlert } from '../ui/index.js';
import { formatShare, noDataColor, poorShare, shareColor, shareScale } from './registry-format.js';
import { useLocale } from './use-locale.js';

const mapHeight = { base: 360, md: 480 };

function Legend() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Group gap="sm" mt="xs" data-testid="map-legend">
      {shareScale.map((s, i) => {
        const from = i === 0 ? 0 : shareScale[i - 1]!.upTo;
        const label = `${formatShare(from, locale)}–${formatShare(s.upTo, locale)}`;
        return (
          <Group key={s.color} gap={4} wrap="nowrap">
            <Box w={14} h={14} bg={s.color} style={{ border: '1px solid #ced4da' }} />
            <Text size="xs">{label}</Text>
          </Group>
        );
      })}
      <Group gap={4} wrap="nowrap">
        <Box w={14} h={14} bg={noDataColor} style={{ border: '1px solid #ced4da' }} />
        <Text size="xs">{t('registry.dashboard.noData')}</Text>
      </Group>
    </Group>
  );
}

export function DashboardMap({
  code,
  isLeaf,
  children,
  title,
  onSelect,
}: {
  code: string;
  isLeaf: boolean;
  children: RegionCounts[];
  title: string;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mapParent = isLeaf ? parentCode(code) : code;
  const boundaries = useBoundaries(mapParent);
  const byCode = useMemo(() => new Map(children.map((c) => [c.code, c])), [children]);
  const fill = useMemo(
    () =>
      Object.fromEntries(
        children.filter((c) => c.code !== null).map((c) => [c.code!, shareColor(poorShare(c))]),
      ),
    [children],
  );
  const describe = (c: string) => {
    const r = byCode.get(c);
    if (r === undefined) return c;
    return t('registry.dashboard.mapTooltip', {
      share: formatShare(poorShare(r), locale),
      families: r.families,
    });
  };

  let body: React.ReactNode;
  if (boundaries.isPending)
    body = (
      <Center h={mapHeight.md}>
        <Loader />
      </Center>
    );
  else if (boundaries.isError) body = <ProblemAlert error={boundaries.error} />;
  else if (boundaries.data.features.length === 0)
    body = <Text c="dimmed">{t('map.unavailable')}</Text>;
  else
    body = (
      <Suspense
        fallback={
          <Center h={mapHeight.md}>
            <Loader />
          </Center>
        }
      >
        <Box h={mapHeight}>
          <LazyRegionMap
            mapKey={`tepat:${mapParent ?? 'ID'}`}
            geojson={boundaries.data}
            fill={isLeaf ? undefined : fill}
            highlight={isLeaf ? code : undefined}
            describe={describe}
            onSelect={onSelect}
            label={title}
          />
        </Box>
      </Suspense>
    );

  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {body}
      {!isLeaf && <Legend />}
    </Paper>
  );
}
