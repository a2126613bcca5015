/**
 * One review pair: both records side by side (differences highlighted), the explanation as a
 * waterfall, and the decision. A decision is kept under the two records' stable keys, so every
 * later matching run honours it.
 */
import { Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { decideReviewPair, getReviewPair } from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { RecordCompare } from './record-compare.js';
import { reasonKey } from './review-queue-page.js';
import { StateBadge } from './state-badge.js';
import { Waterfall } from './waterfall.js';

export function ReviewPairPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const pair = useQuery({
    queryKey: ['review-pair', id],
    queryFn: ({ signal }) => getReviewPair(id, signal),
  });
  const decide = useMutation({
    mutationFn: (decision: 'accept' | 'reject') => decideReviewPair(id, decision, note),
    onSuccess: (detail) => {
      client.setQueryData(['review-pair', id], detail);
      void client.invalidateQueries({ queryKey: ['review-pairs'] });
    },
  });
  const p = pair.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/tinjauan" size="sm">
        ← {t('review.back')}
      </Anchor>
      {pair.error && <ProblemAlert error={pair.error} />}
      {p && (
        <>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('review.pairTitle', { id: p.id })}
            </Title>
            <StateBadge state={p.state} />
          </Group>
          <Text size="sm">
            {t('review.probability', {
              probability: (p.probability * 100).toFixed(1),
              weight: p.weight.toFixed(2),
            })}{' '}
            · {t(`review.reason.${reasonKey(p.reason)}`)}
          </Text>
          <RecordCompare a={p.recordA} b={p.recordB} />
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h4" mb="sm">
              {t('review.explanation')}
            </Title>
            <Waterfall explanation={p.explanation} />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              {p.decision && (
                <Text size="sm" data-testid="decision">
                  {t(`review.decided.${p.decision.decision}`, { by: p.decision.decidedBy })}
                  {p.decision.note ? ` — “${p.decision.note}”` : ''}
                </Text>
              )}
              <Textarea
                label={t('review.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={2000}
                autosize
                minRows={2}
              />
              {decide.error && <ProblemAlert error={decide.error} />}
              <Group>
                <Button
                  color="teal"
                  loading={decide.isPending && decide.variables === 'accept'}
                  onClick={() => decide.mutate('accept')}
                >
                  {t('review.accept')}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  loading={decide.isPending && decide.variables === 'reject'}
                  onClick={() => decide.mutate('reject')}
                >
                  {t('review.reject')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('review.decisionHelp')}
              </Text>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
