/** Families by status and by decile, people by age group: the three charts of the dashboard. */
import { Center, Loader, Paper, SimpleGrid, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counts, RegionCounts } from '../api/index.js';
import { ageKeys, countsInOrder, decileKeys, statusHex, statusKeys } from './registry-format.js';

const BarChart = lazy(() => import('./bar-chart.js'));

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      <Suspense
        fallback={
          <Center h={240}>
            <Loader />
          </Center>
        }
      >
        {children}
      </Suspense>
    </Paper>
  );
}

/** Categories with their counts; "unknown" only when something is unknown (it is usually 0). */
function series(counts: Counts, keys: readonly string[], label: (key: string) => string) {
  const values = countsInOrder(counts, keys);
  const shown = keys
    .map((k, i) => ({ k, v: values[i]! }))
    .filter((x) => x.k !== 'unknown' || x.v > 0);
  return {
    categories: shown.map((x) => label(x.k)),
    values: shown.map((x) => x.v),
    keys: shown.map((x) => x.k),
  };
}

export function DashboardCharts({ region }: { region: RegionCounts }) {
  const { t } = useTranslation();
  const unknown = t('registry.status.unknown');
  const byStatus = t('registry.dashboard.byStatus');
  const byDecile = t('registry.dashboard.byDecile');
  const byAge = t('registry.dashboard.byAge');
  const plain = (k: string) => (k === 'unknown' ? unknown : k);
  const status = series(region.familiesByStatus, statusKeys, (k) =>
    t(`registry.status.${k as (typeof statusKeys)[number]}`),
  );
  const decile = series(region.familiesByDecile, decileKeys, plain);
  const age = series(region.peopleByAge, ageKeys, plain);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <ChartCard title={byStatus}>
        <BarChart
          label={byStatus}
          testId="chart-status"
          categories={status.categories}
          values={status.values}
          colors={status.keys.map((k) => statusHex[k as (typeof statusKeys)[number]])}
        />
      </ChartCard>
      <ChartCard title={byDecile}>
        <BarChart
          label={byDecile}
          testId="chart-decile"
          categories={decile.categories}
          values={decile.values}
          colors="#4c6ef5"
        />
      </ChartCard>
      <ChartCard title={byAge}>
        <BarChart
          label={byAge}
          testId="chart-age"
          categories={age.categories}
          values={age.values}
          colors="#15aabf"
        />
      </ChartCard>
    </SimpleGrid>
  );
}
