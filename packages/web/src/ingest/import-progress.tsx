/**
 * An import job followed to its end: the bytes read as a bar, rows, rows per second and time
 * left, then the batch's counts with a link to it — or, when it failed, the problem in words and
 * what to do, with the reminder that nothing of the file was kept.
 */
import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getImportJob, type ImportJob } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { durationText, percentOf } from './progress.js';

export function ImportProgress({ job: started }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatNumber();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const query = useQuery({
    queryKey: ['import-job', started.id, lang],
    queryFn: ({ signal }) => getImportJob(started.id, signal),
    initialData: started,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.state === 'running' ? 500 : false),
  });
  const job = query.data;
  if (query.error) return <ProblemAlert error={query.error} />;

  if (job.state === 'failed' && job.problem) {
    return (
      <Alert color="red" variant="light" title={t('import.failedTitle')} role="alert">
        <Text size="sm">{job.problem.message}</Text>
        {job.problem.hint && (
          <Text size="sm" c="dimmed" mt={4}>
            {job.problem.hint}
          </Text>
        )}
      </Alert>
    );
  }
  if (job.state === 'done' && job.batch) {
    const b = job.batch;
    return (
      <Alert color="teal" variant="light" title={t('import.doneTitle')} data-testid="import-done">
        <Stack gap="xs">
          <Text size="sm">
            {t('import.done', {
              id: b.id,
              rows: fmt(b.rows),
              rowsWithErrors: fmt(b.rowsWithErrors),
              problems: fmt(b.problems),
            })}
          </Text>
          <Group>
            <Button component={Link} to={`/batch/${b.id}`} size="xs">
              {t('import.openBatch', { id: b.id })}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  const percent = percentOf(job.bytesRead, job.totalBytes);
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-progress">
      <Text size="sm" fw={500} mb={6}>
        {t('import.importing', { file: job.fileName })}
      </Text>
      <Progress
        value={percent}
        animated
        size="lg"
        aria-label={t('import.importing', { file: job.fileName })}
      />
      <Group gap="lg" mt={6}>
        <Text size="sm">{t('import.rows', { rows: fmt(job.rows) })}</Text>
        {job.rowsPerSecond !== null && (
          <Text size="sm">{t('import.speed', { speed: fmt(job.rowsPerSecond) })}</Text>
        )}
        {job.etaSeconds !== null && (
          <Text size="sm" c="dimmed">
            {t('import.eta', { eta: durationText(job.etaSeconds, lang) })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
    </Paper>
  );
}
