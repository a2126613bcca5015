/**
 * Routes `/dasbor` and `/dasbor/:code` ("Dasbor wilayah"): the registry's picture of a region.
 * Headline counts; the map of its children coloured by the share of poor families; the children
 * as a table; charts by status, decile and age group. A map area or a table row opens that
 * child's dashboard; a desa, the bottom of the drill-down, lists its people. `/dasbor` opens the
 * region of the latest match run.
 */
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Grid,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { levelOfCode } from '@tepat/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { getRegistrySummary, type RegionCounts } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { useRegionLabels } from '../regions/index.js';
import { ProblemAlert, StatCard } from '../ui/index.js';
import { DashboardCharts } from './dashboard-charts.js';
import { DashboardChildrenTable } from './dashboard-children-table.js';
import { DashboardDisagreementsTable } from './dashboard-disagreements-table.js';
import { DashboardMap } from './dashboard-map.js';
import { DashboardPeopleTable } from './dashboard-people-table.js';
import { formatShare, poorShare } from './registry-format.js';
import { useLocale } from './use-locale.js';
import { AsOfInput, useAsOf } from './as-of.js';
import { useDefaultRegion, useRegionDetail } from './use-registry-region.js';

function Headline({ region }: { region: RegionCounts }) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const locale = useLocale();
  const poor =
    (region.familiesByStatus.miskin_ekstrem ?? 0) + (region.familiesByStatus.miskin ?? 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="dashboard-headline">
      <StatCard label={t('registry.column.people')} value={fmt(region.people)} />
      <StatCard label={t('registry.column.families')} value={fmt(region.families)} />
      <StatCard
        label={t('registry.column.poorFamilies')}
        value={fmt(poor)}
        note={formatShare(poorShare(region), locale)}
      />
      <StatCard
        label={t('registry.status.miskin_ekstrem')}
        value={fmt(region.familiesByStatus.miskin_ekstrem ?? 0)}
      />
      <StatCard
        label={t('registry.column.disagreements')}
        value={fmt(region.disagreements.people)}
        note={t('registry.dashboard.decileSpread', { n: region.disagreements.decileSpread2 })}
      />
      <StatCard label={t('registry.dashboard.invalidNik')} value={fmt(region.quality.invalidNik)} />
    </SimpleGrid>
  );
}

function Dashboard({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useRegionLabels();
  const asOf = useAsOf();
  const summary = useQuery({
    queryKey: ['registry-summary', code, asOf],
    queryFn: ({ signal }) => getRegistrySummary(code, asOf, signal),
  });
  const detail = useRegionDetail(code);
  const region = detail.data?.region;
  const name = region
    ? labels.withKind(region.kind, region.name)
    : (summary.data?.region.name ?? code);
  const isLeaf = levelOfCode(code) === 'desa';
  useEffect(() => {
    document.title = `${name} · ${t('registry.dashboard.title')} · Tepat`;
  }, [name, t]);
  const open = (c: string) => void navigate(`/dasbor/${c}`);
  const childLevel =
    region && !isLeaf
      ? labels.levelPlural(levelOfCode(code) === 'kabkota' ? 'kecamatan' : 'desa')
      : '';

  return (
    <Stack gap="md">
      <Breadcrumbs separator="›">
        {(detail.data?.lineage ?? []).map((r) => (
          <Anchor key={r.code} component={Link} to={`/dasbor/${r.code}`} size="sm">
            {r.name}
          </Anchor>
        ))}
        <Text size="sm">{region?.name ?? code}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          {t('registry.dashboard.heading', { name })}
        </Title>
        <AsOfInput />
      </Group>
      {summary.isPending && <Skeleton h={480} />}
      {summary.isError && <ProblemAlert error={summary.error} />}
      {summary.data && summary.data.region.people === 0 && (
        <Alert color="gray" variant="light">
          {t('registry.dashboard.empty')}
        </Alert>
      )}
      {summary.data && (
        <>
          <Headline region={summary.data.region} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <DashboardMap
                code={code}
                asOf={asOf}
                isLeaf={isLeaf}
                children={summary.data.children}
                title={
                  isLeaf
                    ? t('registry.dashboard.mapLocation')
                    : t('registry.dashboard.mapTitle', { level: childLevel })
                }
                onSelect={open}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              {isLeaf ? (
                <DashboardPeopleTable
                  code={code}
                  asOf={asOf}
                  title={t('registry.dashboard.people')}
                  fileBase={`${name} orang`}
                />
              ) : (
                <DashboardChildrenTable
                  rows={summary.data.children}
                  title={t('registry.dashboard.childrenTitle', { level: childLevel })}
                  fileBase={`${name} ${childLevel}`}
                  onOpen={open}
                />
              )}
            </Grid.Col>
          </Grid>
          <DashboardCharts region={summary.data.region} />
          <DashboardDisagreementsTable code={code} asOf={asOf} fileBase={`${name} selisih desil`} />
        </>
      )}
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const fallback = useDefaultRegion();
  if (code !== undefined) return <Dashboard key={code} code={code} />;
  if (fallback.isPending) return <Skeleton h={480} />;
  if (fallback.isError) return <ProblemAlert error={fallback.error} />;
  if (fallback.data === null) {
    return (
      <Alert color="gray" variant="light" title={t('registry.dashboard.title')}>
        {t('registry.dashboard.noRun')}
      </Alert>
    );
  }
  return <Navigate to={`/dasbor/${fallback.data}`} replace />;
}
