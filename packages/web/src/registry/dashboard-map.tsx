/**
 * The dashboard's map: the children of a region (kecamatan of a kota, desa of a kecamatan)
 * coloured by the share of poor families, drawn with the region browser's boundary map. A desa
 * has no children, so its siblings are drawn with the desa in the accent colour.
 */
import { Box, Center, Group, Loader, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { levelOfCode, parentCode } from '@tepat/domain';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionCounts } from '../api/index.js';
import { LazyRegionMap, useBoundaries } from '../regions/index.js';
import { ProblemAlert } from '../ui/index.js';
import { formatShare, noDataColor, poorShare, shareColor, shareScale } from './registry-format.js';
import { useDesaLayer } from './use-desa-layer.js';
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
  asOf,
  isLeaf,
  children,
  title,
  onSelect,
}: {
  code: string;
  asOf: string | undefined;
  isLeaf: boolean;
  children: RegionCounts[];
  title: string;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mapParent = isLeaf ? parentCode(code) : code;
  // A kabupaten/kota can also be seen desa by desa, across its kecamatan.
  const canShowDesa = levelOfCode(code) === 'kabkota';
  const [layer, setLayer] = useState<'children' | 'desa'>('children');
  const showDesa = canShowDesa && layer === 'desa';
  const kecamatan = useMemo(
    () => children.flatMap((c) => (c.code === null ? [] : [c.code])),
    [children],
  );
  const desaLayer = useDesaLayer(kecamatan, asOf, showDesa);
  const ownBoundaries = useBoundaries(mapParent);
  const shown = showDesa ? desaLayer.desa : children;
  const boundaries = showDesa
    ? {
        isPending: desaLayer.pending,
        isError: desaLayer.error !== undefined,
        error: desaLayer.error,
        data: desaLayer.geojson,
      }
    : ownBoundaries;
  const byCode = useMemo(() => new Map(shown.map((c) => [c.code, c])), [shown]);
  const fill = useMemo(
    () =>
      Object.fromEntries(
        shown.filter((c) => c.code !== null).map((c) => [c.code!, shareColor(poorShare(c))]),
      ),
    [shown],
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
  else if (boundaries.data === undefined || boundaries.data.features.length === 0)
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
            mapKey={showDesa ? `tepat:${code}:desa` : `tepat:${mapParent ?? 'ID'}`}
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
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4">
          {showDesa
            ? t('registry.dashboard.mapTitle', { level: t('regions.levelPlural.desa') })
            : title}
        </Title>
        {canShowDesa && (
          <SegmentedControl
            size="xs"
            value={layer}
            onChange={(v) => setLayer(v === 'desa' ? 'desa' : 'children')}
            data={[
              { value: 'children', label: t('regions.level.kecamatan') },
              { value: 'desa', label: t('regions.level.desa') },
            ]}
            aria-label={t('registry.dashboard.mapLayer')}
          />
        )}
      </Group>
      {body}
      {!isLeaf && <Legend />}
    </Paper>
  );
}
