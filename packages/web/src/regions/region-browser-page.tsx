/**
 * Route `/` (Indonesia and its provinces) and `/wilayah/:code` (one region and its children):
 * breadcrumb, overview, map and list. Clicking a child in the list or on the map goes one level
 * down; the breadcrumb goes back up.
 */
import { Grid, Group, Skeleton, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../ui/index.js';
import { RegionBreadcrumb } from './region-breadcrumb.js';
import { RegionChildrenTable } from './region-children-table.js';
import { RegionDetails } from './region-details.js';
import { RegionMapPanel } from './region-map-panel.js';
import { RegionOverview } from './region-overview.js';
import { RegionSearch } from './region-search.js';
import { useRegionView, type RegionView } from './region-view.js';

function RegionContent({ view }: { view: RegionView }) {
  const navigate = useNavigate();
  const open = (code: string) => void navigate(`/wilayah/${code}`);
  const { region, childLevel } = view;
  return (
    <>
      <RegionOverview view={view} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <RegionMapPanel view={view} onSelect={open} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {childLevel !== undefined ? (
            <RegionChildrenTable items={view.children} level={childLevel} onOpen={open} />
          ) : (
            region !== undefined && (
              <RegionDetails region={region} lineage={view.lineage} bpsCodes={view.bpsCodes} />
            )
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}

export function RegionBrowserPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const view = useRegionView(code);
  const name = view.data?.region?.name ?? (code === undefined ? t('regions.indonesia') : code);

  const canonical = view.isPlaceholderData ? undefined : view.data?.region?.code;
  useEffect(() => {
    // The API accepts `3574` or `35.74`; the address bar should always show the dotted form.
    if (canonical !== undefined && code !== undefined && canonical !== code) {
      void navigate(`/wilayah/${canonical}`, { replace: true });
    }
  }, [canonical, code, navigate]);

  useEffect(() => {
    document.title = `${name} · ${t('regions.title')} · Tepat`;
  }, [name, t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <RegionBreadcrumb
          lineage={view.data?.lineage ?? []}
          region={view.data?.region}
          code={view.data ? undefined : code}
        />
        <RegionSearch />
      </Group>
      {view.isPending && (
        <Stack gap="sm">
          <Skeleton h={36} w={320} />
          <Skeleton h={80} />
          <Skeleton h={520} />
        </Stack>
      )}
      {view.isError && <ProblemAlert error={view.error} />}
      {view.data && <RegionContent view={view.data} />}
    </Stack>
  );
}
