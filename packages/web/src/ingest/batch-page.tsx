/**
 * One batch: its counts, the problem report to download, and its problems a page at a time,
 * filtered by kind — each with the row, column and value it concerns and what to do.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { problemCodes, problemTitle, type ProblemCode } from '@tepat/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { batchReportUrl, getBatch, getBatchProblems } from '../api/index.js';
import { localeOf, useDateTime, useFormatNumber } from '../i18n/index.js';
import { StatCard } from '../ui/index.js';
import { ProblemAlert } from '../ui/index.js';
import { sizeText } from './progress.js';
import { ReleaseChangesPanel } from './release-changes-panel.js';

const pageSize = 50;

export function BatchPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const fmt = useFormatNumber();
  const dateTime = useDateTime();
  const id = Number(useParams().id);
  const [code, setCode] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const batch = useQuery({
    queryKey: ['batch', id],
    queryFn: ({ signal }) => getBatch(id, signal),
  });
  const problems = useQuery({
    queryKey: ['batch-problems', id, code, page, lang],
    queryFn: ({ signal }) =>
      getBatchProblems(id, { page, pageSize, code: code ?? undefined }, signal),
    placeholderData: keepPreviousData,
    enabled: batch.isSuccess,
  });

  if (batch.error) return <ProblemAlert error={batch.error} />;
  const b = batch.data;
  if (!b) return null;
  const total = problems.data?.total ?? 0;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/batch" size="sm">
        ‹ {t('batch.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('batch.title', { id: b.id })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('batch.details', {
              file: b.fileName,
              profile: b.profileName,
              format: b.fileFormat.toUpperCase(),
              size: sizeText(b.fileSize, localeOf(lang)),
              at: dateTime(b.importedAt),
              by: b.importedBy,
            })}
          </Text>
        </div>
        <Button component="a" href={batchReportUrl(b.id, lang)} download variant="light">
          {t('batch.report')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="batch-counts">
        <StatCard label={t('batch.rows')} value={fmt(b.rows)} />
        <StatCard label={t('batch.rowsWithErrors')} value={fmt(b.rowsWithErrors)} />
        <StatCard label={t('batch.problems')} value={fmt(b.problems)} />
      </SimpleGrid>
      {b.sourceKind === 'dtsen' && <ReleaseChangesPanel batchId={b.id} />}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('batch.problemsTitle')}
          </Title>
          <Select
            aria-label={t('batch.filter')}
            placeholder={t('batch.allCodes')}
            clearable
            w={360}
            data={b.problemCodes.map((c) => ({
              value: c.code,
              label: `${kindWords(c.code, lang)} (${fmt(c.count)})`,
            }))}
            value={code}
            onChange={(v) => {
              setCode(v);
              setPage(1);
            }}
          />
        </Group>
        {problems.error && <ProblemAlert error={problems.error} />}
        {b.problems === 0 && <Text c="dimmed">{t('batch.noProblems')}</Text>}
        {total > 0 && (
          <ScrollArea type="auto">
            <Table verticalSpacing={6} fz="sm" data-testid="batch-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">{t('batch.column.row')}</Table.Th>
                  <Table.Th>{t('batch.column.column')}</Table.Th>
                  <Table.Th>{t('batch.column.value')}</Table.Th>
                  <Table.Th>{t('batch.column.severity')}</Table.Th>
                  <Table.Th>{t('batch.column.problem')}</Table.Th>
                  <Table.Th>{t('batch.column.hint')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.data?.items.map((p, i) => (
                  <Table.Tr key={`${p.row}-${p.code}-${i}`}>
                    <Table.Td ta="right">{fmt(p.row)}</Table.Td>
                    <Table.Td>{p.column ?? '—'}</Table.Td>
                    <Table.Td ff="monospace">{p.value ?? ''}</Table.Td>
                    <Table.Td>
                      <Badge color={p.severity === 'error' ? 'red' : 'yellow'} variant="light">
                        {t(`batch.severity.${p.severity}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                    <Table.Td c="dimmed">{p.hint ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        {total > pageSize && (
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              {t('batch.shown', {
                from: fmt((page - 1) * pageSize + 1),
                to: fmt(Math.min(total, page * pageSize)),
                total: fmt(total),
              })}
            </Text>
            <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />
          </Group>
        )}
      </Paper>
    </Stack>
  );
}

/** A problem kind in the steward's words; a code this build does not know, as the code. */
function kindWords(code: string, lang: 'id' | 'en'): string {
  return (problemCodes as readonly string[]).includes(code)
    ? problemTitle(code as ProblemCode, lang)
    : code;
}
