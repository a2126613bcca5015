/**
 * Jejak audit: who read, exported or changed what, when and from where, newest first, with
 * filters. For administrators (the server decides who may read `/api/audit`).
 */
import {
  Anchor,
  Badge,
  Code,
  Group,
  Pagination,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAuditEvents, type AuditEvent, type AuditFilters } from '../api/index.js';
import { isLanguage, localeOf, useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { AuditFiltersForm } from './audit-filters.js';

const pageSize = 50;

/** Time to the second: an audit reader compares events that are seconds apart. */
function useAuditTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'id';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'medium' }); // prettier-ignore
    return (iso: string) => format.format(new Date(iso));
  }, [lang]);
}

function Target({ e }: { e: AuditEvent }) {
  const { t } = useTranslation();
  if (e.targetType === null) return null;
  const label = t(`audit.target.${e.targetType}`, { defaultValue: e.targetType });
  const to =
    e.targetId === null
      ? null
      : e.targetType === 'person'
        ? `/orang/${e.targetId}`
        : e.targetType === 'family'
          ? `/keluarga/${e.targetId}`
          : e.targetType === 'batch'
            ? `/batch/${e.targetId}`
            : null;
  return (
    <Text size="sm">
      {label}{' '}
      {to ? (
        <Anchor component={Link} to={to} size="sm">
          {e.targetId}
        </Anchor>
      ) : (
        e.targetId
      )}
    </Text>
  );
}

const detailText = (d: Record<string, unknown>) =>
  Object.entries(d)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');

export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const time = useAuditTime();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const events = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: ({ signal }) =>
      listAuditEvents({ ...filters, offset: (page - 1) * pageSize, limit: pageSize }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      <AuditFiltersForm
        onApply={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      {events.error && <ProblemAlert error={events.error} />}
      {events.data && (
        <Text size="sm" c="dimmed">
          {t('audit.count', { count: events.data.total, n: fmt(events.data.total) })}
        </Text>
      )}
      {events.data && events.data.total > 0 && (
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table verticalSpacing={6} fz="sm" data-testid="audit-events">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">#</Table.Th>
                  <Table.Th>{t('audit.column.at')}</Table.Th>
                  <Table.Th>{t('audit.column.actor')}</Table.Th>
                  <Table.Th>{t('audit.column.from')}</Table.Th>
                  <Table.Th>{t('audit.column.action')}</Table.Th>
                  <Table.Th>{t('audit.column.target')}</Table.Th>
                  <Table.Th ta="right">{t('audit.column.rows')}</Table.Th>
                  <Table.Th>{t('audit.column.detail')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td ta="right">{e.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(e.at)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {e.actorUsername}
                      </Text>
                      {e.actorRole && (
                        <Text size="xs" c="dimmed">
                          {e.actorRole}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge variant="light" size="sm">
                          {t(`audit.via.${e.via}`)}
                        </Badge>
                        {e.actorIp && <Text size="xs">{e.actorIp}</Text>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`audit.action.${e.action}`, { defaultValue: e.action })}</Table.Td>
                    <Table.Td>
                      <Target e={e} />
                    </Table.Td>
                    <Table.Td ta="right">{e.rowCount === null ? '' : fmt(e.rowCount)}</Table.Td>
                    <Table.Td>
                      <Code>{detailText(e.detail)}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {events.data && events.data.total > pageSize && (
        <Group>
          <Pagination
            total={Math.ceil(events.data.total / pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </Stack>
  );
}
