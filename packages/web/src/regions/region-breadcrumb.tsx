import { Anchor, Box, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../api/index.js';

/**
 * Indonesia › Jawa Timur › Kota Probolinggo › Kedopok; the last crumb is where the reader is.
 * `code` is the code asked for, shown as is when no region came back for it (loading, unknown).
 */
export function RegionBreadcrumb({
  lineage,
  region,
  code,
}: {
  lineage: RegionSummary[];
  region: RegionSummary | undefined;
  code: string | undefined;
}) {
  const { t } = useTranslation();
  const current = region?.name ?? code ?? t('regions.indonesia');
  return (
    <Box component="nav" aria-label={t('regions.breadcrumb')} data-testid="region-breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {(region !== undefined || code !== undefined) && (
          <Anchor component={Link} to="/" size="sm">
            {t('regions.indonesia')}
          </Anchor>
        )}
        {lineage.map((r) => (
          <Anchor key={r.code} component={Link} to={`/wilayah/${r.code}`} size="sm">
            {r.name}
          </Anchor>
        ))}
        <Text size="sm" fw={600} aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </Box>
  );
}
