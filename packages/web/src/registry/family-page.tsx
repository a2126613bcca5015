/**
 * Route `/keluarga/:id`: one family (KK) of the registry. Status, deciles and aid; the family's
 * own fields with every source's value and where it came from; its members, each expandable to
 * the same side-by-side view; and the history of the golden record.
 */
import { Anchor, Badge, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { familyFields, getFamily } from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { DecilesCard } from './deciles-card.js';
import { FamilyMembers } from './family-members.js';
import { HistoryTimeline } from './history-timeline.js';
import { ProvenanceTable } from './provenance-table.js';
import { familySourceRecords } from './registry-format.js';
import { useRegionNames } from './use-registry-region.js';
import { AsOfInput, useAsOf } from './as-of.js';
import { RevealButton } from './reveal-button.js';

export function FamilyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const asOf = useAsOf();
  const [reveal, setReveal] = useState(false);
  const family = useQuery({
    queryKey: ['family', id, asOf, reveal],
    queryFn: ({ signal }) => getFamily(id, asOf, signal, reveal),
  });
  const detail = family.data;
  const regionName = useRegionNames(detail ? [detail.family.regionCode] : []);
  const kk = detail?.family.kk ?? id;
  useEffect(() => {
    document.title = `${t('registry.family.title', { kk })} · Tepat`;
  }, [t, kk]);

  if (family.isPending) return <Skeleton h={400} />;
  if (family.isError) {
    // Keeps the date box: a date before the record existed answers 404, and the reader needs a way back.
    return (
      <Stack gap="md" align="start">
        <AsOfInput />
        <ProblemAlert error={family.error} />
      </Stack>
    );
  }
  const f = detail!.family;
  const head = detail!.members.find((m) => m.id === f.headPersonId);
  const fields = familyFields.map((key) => ({
    key,
    label: t(`registry.field.${key}`),
    chosen: f.fields[key],
  }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to="/cari" size="sm">
              {t('registry.search.title')}
            </Anchor>{' '}
            ·{' '}
            {f.regionCode !== null && (
              <Anchor component={Link} to={`/dasbor/${f.regionCode}`} size="sm">
                {regionName(f.regionCode)}
              </Anchor>
            )}
          </Text>
          <Title order={1} size="h2">
            {t('registry.family.title', { kk })}
          </Title>
          <Text size="sm" c="dimmed">
            {head?.name !== undefined && t('registry.family.head', { name: head.name })} · {f.id} ·{' '}
            {t('registry.family.validFrom', { date: f.validFrom })}
          </Text>
        </Stack>
        <Group gap="sm" align="end">
          {!f.kkValid && (
            <Badge color="red" variant="light">
              {t('registry.family.kkInvalid')}
            </Badge>
          )}
          <RevealButton revealed={reveal} onChange={setReveal} />
          <AsOfInput />
        </Group>
      </Group>
      <DecilesCard family={f} />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('registry.family.fields')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('registry.provenance.legend')}
        </Text>
        <ProvenanceTable
          fields={fields}
          sources={familySourceRecords(detail!.sources, f.headPersonId)}
          disagreements={f.disagreements}
          testId="family-provenance"
          fileBase={`keluarga ${kk} sumber`}
        />
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <FamilyMembers members={detail!.members} fileBase={`keluarga ${kk}`} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" radius="md" h="100%">
            <Title order={2} size="h4" mb="sm">
              {t('registry.history.title')}
            </Title>
            <HistoryTimeline history={detail!.history} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
