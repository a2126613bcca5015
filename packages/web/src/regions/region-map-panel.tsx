/**
 * The map card of a region page. For a region with children it draws the children; for a
 * desa/kelurahan (no children) it draws its siblings with the desa in the accent colour, so the
 * reader still sees where it lies. Boundaries come only from our own server; when it has none for
 * the area the card says so instead of drawing an empty frame.
 */
import { Alert, Box, Center, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { parentCode } from '@tepat/domain';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { useRegionLabels } from './region-labels.js';
import { useBoundaries, type RegionView } from './region-view.js';

const RegionMap = lazy(() => import('./region-map.js'));

// Tall enough for a kabupaten's elongated shape on a laptop, shorter on a phone.
const mapHeight = { base: 380, md: 520 };

function Placeholder({ children }: { children: React.ReactNode }) {
  return <Center h={{ base: 200, md: mapHeight.md }}>{children}</Center>;
}

export function RegionMapPanel({
  view,
  onSelect,
}: {
  view: RegionView;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const labels = useRegionLabels();
  const { region, children, childLevel, lineage } = view;
  const isLeaf = childLevel === undefined;
  const mapParent = isLeaf && region !== undefined ? parentCode(region.code) : region?.code;
  const boundaries = useBoundaries(mapParent);
  const placeName = region?.name ?? t('regions.indonesia');

  const known = new Map(children.map((c) => [c.code, c]));
  const describe = (code: string) => {
    const r = known.get(code);
    return r === undefined ? code : `${code} · ${labels.kind(r.kind)}`;
  };
  const parent = lineage.at(-1);
  const title = isLeaf
    ? t('map.titleLocation', {
        name: parent ? `${labels.kind(parent.kind)} ${parent.name}` : placeName,
      })
    : t('map.titleChildren', { level: labels.levelPlural(childLevel), name: placeName });
  const features = boundaries.data?.features ?? [];
  const drawn = features.length;

  let body: React.ReactNode;
  if (boundaries.isPending) {
    body = (
      <Placeholder>
        <Loader aria-label={t('map.loading')} />
      </Placeholder>
    );
  } else if (boundaries.isError) {
    body = <ProblemAlert error={boundaries.error} />;
  } else if (drawn === 0) {
    body = (
      <Placeholder>
        <Alert variant="light" color="gray" title={t('map.unavailableTitle')} maw={420}>
          {t('map.unavailable')}
        </Alert>
      </Placeholder>
    );
  } else {
    body = (
      <Suspense fallback={<Placeholder>{<Loader />}</Placeholder>}>
        <Box h={mapHeight}>
          <RegionMap
            mapKey={`tepat:${mapParent ?? 'ID'}`}
            geojson={boundaries.data}
            highlight={isLeaf ? region?.code : undefined}
            describe={describe}
            onSelect={onSelect}
            label={title}
          />
        </Box>
      </Suspense>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {!isLeaf && drawn > 0 && drawn < children.length && (
          <Text size="xs" c="orange.8">
            {t('map.partial', { drawn: fmt(drawn), total: fmt(children.length) })}
          </Text>
        )}
      </Group>
      {body}
      <Text size="xs" c="dimmed" mt="xs">
        {t('map.attribution')}
      </Text>
    </Paper>
  );
}
