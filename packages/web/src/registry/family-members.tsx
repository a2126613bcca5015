/**
 * The members of a family (people on one KK): a row each, and under it, on request, that
 * member's fields with every source's value, so a steward checks a name or birth date in place.
 */
import {
  Anchor,
  Badge,
  Box,
  Group,
  Paper,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSummary } from '../api/index.js';
import { ExportButton } from './export-button.js';
import { PersonProvenance } from './person-provenance.js';
import { StatusBadge } from './status-badge.js';
import type { XlsxTable } from './xlsx.js';

export function FamilyMembers({
  members,
  fileBase,
}: {
  members: PersonSummary[];
  fileBase: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const relation = (r: number | null) =>
    r === null ? '–' : t(`registry.relation.${r}`, { defaultValue: String(r) });
  const table: XlsxTable<PersonSummary> = {
    sheet: t('registry.family.members'),
    rows: members,
    columns: [
      { header: t('registry.column.name'), value: (p) => p.name, width: 28 },
      { header: t('registry.column.nik'), value: (p) => p.nik, width: 20 },
      { header: t('registry.column.relation'), value: (p) => relation(p.relation), width: 18 },
      { header: t('registry.column.sex'), value: (p) => p.sex, width: 6 },
      { header: t('registry.column.birthDate'), value: (p) => p.birthDate, width: 12 },
      {
        header: t('registry.column.status'),
        value: (p) => t(`registry.status.${p.status ?? 'unknown'}`),
      },
      { header: t('registry.column.personId'), value: (p) => p.id },
    ],
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('registry.family.members')} ({members.length})
        </Title>
        <ExportButton fileBase={fileBase} table={table} />
      </Group>
      <Table verticalSpacing={6} fz="sm" data-testid="family-members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.column.name')}</Table.Th>
            <Table.Th>{t('registry.column.nik')}</Table.Th>
            <Table.Th>{t('registry.column.relation')}</Table.Th>
            <Table.Th>{t('registry.column.sex')}</Table.Th>
            <Table.Th>{t('registry.column.birthDate')}</Table.Th>
            <Table.Th>{t('registry.column.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((p) => (
            <Fragment key={p.id}>
              <Table.Tr>
                <Table.Td>
                  <Anchor component={Link} to={`/orang/${p.id}`} fw={500} size="sm">
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
                <Table.Td>{relation(p.relation)}</Table.Td>
                <Table.Td>{p.sex ?? '–'}</Table.Td>
                <Table.Td>{p.birthDate ?? '–'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setOpen(open === p.id ? null : p.id)}
                    aria-expanded={open === p.id}
                  >
                    <Text size="xs" c="blue">
                      {open === p.id
                        ? t('registry.family.hideSources')
                        : t('registry.family.showSources')}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
              </Table.Tr>
              {open === p.id && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Box py="xs">
                      <PersonProvenance id={p.id} />
                    </Box>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
