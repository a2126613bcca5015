/**
 * Route `/orang/:id`: one person of the registry, every field with each source's value and its
 * provenance, the person's history, and the way to their family.
 */
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../ui/index.js';
import { HistoryTimeline } from './history-timeline.js';
import { personProvenanceFields, usePerson, useRelationText } from './person-provenance.js';
import { ProvenanceTable } from './provenance-table.js';
import { AsOfInput, useAsOf } from './as-of.js';
import { RevealButton } from './reveal-button.js';

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [reveal, setReveal] = useState(false);
  const person = usePerson(id, useAsOf(), reveal);
  const relation = useRelationText();
  const name = person.data?.person.name.value;
  useEffect(() => {
    document.title = `${typeof name === 'string' ? name : id} · Tepat`;
  }, [name, id]);

  if (person.isPending) return <Skeleton h={400} />;
  if (person.isError) {
    // Keeps the date box: a date before the record existed answers 404, and the reader needs a way back.
    return (
      <Stack gap="md" align="start">
        <AsOfInput />
        <ProblemAlert error={person.error} />
      </Stack>
    );
  }
  const { person: p, sources, history } = person.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Stack gap={2}>
          <Anchor component={Link} to="/cari" size="sm">
            {t('registry.search.title')}
          </Anchor>
          <Title order={1} size="h2">
            {typeof name === 'string' ? name : p.id}
          </Title>
          <Text size="sm" c="dimmed">
            {p.id} · {t('registry.family.validFrom', { date: p.validFrom })}
          </Text>
        </Stack>
        <Group gap="xs">
          {!p.nikValid && (
            <Badge color="red" variant="light">
              {t('registry.person.nikInvalid')}
            </Badge>
          )}
          <RevealButton revealed={reveal} onChange={setReveal} />
          <AsOfInput />
          <Button component={Link} to={`/keluarga/${p.familyId}`} variant="light">
            {t('registry.person.openFamily')}
          </Button>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              {t('registry.person.fields')}
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              {t('registry.provenance.legend')}
            </Text>
            <ProvenanceTable
              fields={personProvenanceFields(
                person.data,
                (k) => t(`registry.field.${k}`),
                relation,
              )}
              sources={sources}
              disagreements={p.disagreements}
              testId="person-provenance"
              fileBase={`orang ${p.id} sumber`}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Paper withBorder p="md" radius="md" h="100%">
            <Title order={2} size="h4" mb="sm">
              {t('registry.history.title')}
            </Title>
            <HistoryTimeline history={history} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
