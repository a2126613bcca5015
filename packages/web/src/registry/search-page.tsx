/**
 * Route `/cari` ("Cari"): find people in the registry by NIK, No. KK or name within a region. The
 * server tolerates spelling (MOCH./MUHAMMAD, OE/U, doubled letters); the page only asks. The
 * query lives in the address bar so a search can be shared and the back button returns to it.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { searchPeople, type PersonSummary } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExportButton } from './export-button.js';
import { StatusBadge } from './status-badge.js';
import { useDefaultRegion, useRegionDetail, useRegionNames } from './use-registry-region.js';
import type { XlsxTable } from './xlsx.js';

const pageSize = 50;

function RegionSelect({
  root,
  value,
  onChange,
}: {
  root: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const detail = useRegionDetail(root);
  const data = [
    { value: root, label: detail.data?.region.name ?? root },
    ...(detail.data?.children ?? []).map((c) => ({
      value: c.code,
      label: `${c.name} (${c.code})`,
    })),
  ];
  return (
    <Select
      label={t('registry.search.region')}
      data={data}
      value={value}
      onChange={(v) => v !== null && onChange(v)}
      allowDeselect={false}
      w={260}
    />
  );
}

function ResultsTable({
  items,
  desaName,
}: {
  items: PersonSummary[];
  desaName: (c: string | null) => string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="search-results">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('registry.column.name')}</Table.Th>
          <Table.Th>{t('registry.column.nik')}</Table.Th>
          <Table.Th>{t('registry.column.kk')}</Table.Th>
          <Table.Th>{t('registry.column.birthDate')}</Table.Th>
          <Table.Th>{t('registry.column.desa')}</Table.Th>
          <Table.Th>{t('registry.column.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr
            key={p.id}
            onClick={() => void navigate(`/orang/${p.id}`)}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <Anchor
                component={Link}
                to={`/orang/${p.id}`}
                fw={500}
                size="sm"
                onClick={(e) => e.stopPropagation()}
              >
                {p.name ?? '–'}
              </Anchor>
            </Table.Td>
            <Table.Td ff="monospace">
              {p.nik ?? '–'}
              {!p.nikValid && (
                <Badge ml={6} size="xs" color="red" variant="light">
                  {t('registry.invalid')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ff="monospace">
              <Anchor
                component={Link}
                to={`/keluarga/${p.familyId}`}
                size="sm"
                onClick={(e) => e.stopPropagation()}
              >
                {p.kk ?? p.familyId}
              </Anchor>
            </Table.Td>
            <Table.Td>{p.birthDate ?? '–'}</Table.Td>
            <Table.Td>{desaName(p.regionCode)}</Table.Td>
            <Table.Td>
              <StatusBadge status={p.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const [params, setParams] = useSearchParams();
  const defaultRegion = useDefaultRegion();
  const q = params.get('q') ?? '';
  const root = defaultRegion.data ?? undefined;
  const region = params.get('wilayah') ?? root;
  const page = Number(params.get('hal') ?? '1') || 1;
  const [text, setText] = useState(q);
  // The box follows the address bar when it changes (back button), as React's docs suggest:
  // adjusting state while rendering, not in an effect.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }
  useEffect(() => {
    document.title = `${t('registry.search.title')} · Tepat`;
  }, [t]);

  const results = useQuery({
    queryKey: ['people', q, region, page],
    queryFn: ({ signal }) =>
      searchPeople(
        { q: q || undefined, region, offset: (page - 1) * pageSize, limit: pageSize },
        signal,
      ),
    enabled: q.trim() !== '' && !defaultRegion.isPending,
    placeholderData: keepPreviousData,
  });
  const items = results.data?.items ?? [];
  const desaName = useRegionNames(items.map((p) => p.regionCode));
  const set = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') merged.delete(k);
      else merged.set(k, v);
    }
    setParams(merged);
  };

  const table: XlsxTable<PersonSummary> = {
    sheet: t('registry.search.title'),
    rows: items,
    columns: [
      { header: t('registry.column.name'), value: (p) => p.name, width: 28 },
      { header: t('registry.column.nik'), value: (p) => p.nik, width: 20 },
      { header: t('registry.column.kk'), value: (p) => p.kk, width: 20 },
      { header: t('registry.column.birthDate'), value: (p) => p.birthDate, width: 12 },
      { header: t('registry.column.desaCode'), value: (p) => p.regionCode, width: 16 },
      { header: t('registry.column.desa'), value: (p) => desaName(p.regionCode), width: 20 },
      {
        header: t('registry.column.status'),
        value: (p) => t(`registry.status.${p.status ?? 'unknown'}`),
      },
      { header: t('registry.column.personId'), value: (p) => p.id },
      { header: t('registry.column.familyId'), value: (p) => p.familyId },
    ],
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('registry.search.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: text.trim(), hal: undefined });
          }}
        >
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('registry.search.query')}
              placeholder={t('registry.search.placeholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
              data-autofocus
            />
            {root !== undefined && region !== undefined && (
              <RegionSelect
                root={root}
                value={region}
                onChange={(code) => set({ wilayah: code, hal: undefined })}
              />
            )}
            <Button type="submit">{t('registry.search.submit')}</Button>
          </Group>
        </form>
        <Text size="xs" c="dimmed" mt="xs">
          {t('registry.search.hint')}
        </Text>
      </Paper>
      {results.isError && <ProblemAlert error={results.error} />}
      {results.data && (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="sm">
            <Text size="sm" data-testid="search-total">
              {t(results.data.more ? 'registry.search.totalAtLeast' : 'registry.search.total', {
                total: fmt(results.data.total),
              })}
            </Text>
            <ExportButton fileBase={`cari ${q}`} table={table} />
          </Group>
          {results.data.more && (
            <Text size="xs" c="dimmed" mb="sm" data-testid="search-more">
              {t('registry.search.more')}
            </Text>
          )}
          <ResultsTable items={items} desaName={desaName} />
          {results.data.total > pageSize && (
            <Pagination
              mt="sm"
              total={Math.ceil(results.data.total / pageSize)}
              value={page}
              onChange={(p) => set({ hal: String(p) })}
            />
          )}
        </Paper>
      )}
    </Stack>
  );
}
