/** Tinjauan pemadanan: the pairs the latest matching runs were unsure of, most uncertain first. */
import {
  Anchor,
  Badge,
  Group,
  Pagination,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMatchRuns, listReviewPairs, type ReviewState } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { StateBadge } from './state-badge.js';

const pageSize = 25;
const states = ['open', 'accepted', 'rejected', 'all'] as const;

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const [state, setState] = useState<ReviewState | 'all'>('open');
  const [page, setPage] = useState(1);
  const run = useQuery({
    queryKey: ['match-runs'],
    queryFn: ({ signal }) => listMatchRuns(signal),
  });
  const pairs = useQuery({
    queryKey: ['review-pairs', state, page],
    queryFn: ({ signal }) =>
      listReviewPairs({ state, offset: (page - 1) * pageSize, limit: pageSize }, signal),
    staleTime: 0,
  });
  const latest = run.data?.[0];

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('review.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {latest
          ? t('review.latestRun', {
              id: latest.id,
              region: latest.regionCode ?? t('review.allRegions'),
              records: fmt(latest.records),
              people: fmt(latest.people),
              families: fmt(latest.families),
            })
          : t('review.noRun')}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={state}
        onChange={(v) => {
          setState(v);
          setPage(1);
        }}
        data={states.map((s) => ({ value: s, label: t(`review.state.${s}`) }))}
      />
      {pairs.error && <ProblemAlert error={pairs.error} />}
      {pairs.data?.total === 0 && <Text c="dimmed">{t('review.empty')}</Text>}
      {pairs.data && pairs.data.total > 0 && (
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="review-pairs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('review.column.pair')}</Table.Th>
                  <Table.Th>{t('review.column.recordA')}</Table.Th>
                  <Table.Th>{t('review.column.recordB')}</Table.Th>
                  <Table.Th ta="right">{t('review.column.probability')}</Table.Th>
                  <Table.Th>{t('review.column.reason')}</Table.Th>
                  <Table.Th>{t('review.column.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pairs.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/tinjauan/${p.id}`} fw={600} size="sm">
                        #{p.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" size="sm" mr={6}>
                        {p.a.sourceKind}
                      </Badge>
                      {p.a.recordId}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" size="sm" mr={6}>
                        {p.b.sourceKind}
                      </Badge>
                      {p.b.recordId}
                    </Table.Td>
                    <Table.Td ta="right">{(p.probability * 100).toFixed(1)}%</Table.Td>
                    <Table.Td>{t(`review.reason.${reasonKey(p.reason)}`)}</Table.Td>
                    <Table.Td>
                      <StateBadge state={p.state} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {pairs.data && pairs.data.total > pageSize && (
        <Group>
          <Pagination
            total={Math.ceil(pairs.data.total / pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </Stack>
  );
}

const reasons = ['band', 'nikBirthDate', 'sameSourceNik', 'sex'] as const;
export function reasonKey(reason: string): (typeof reasons)[number] | 'other' {
  return (reasons as readonly string[]).includes(reason)
    ? (reason as (typeof reasons)[number])
    : 'other';
}
