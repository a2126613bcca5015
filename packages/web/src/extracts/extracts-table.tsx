/**
 * The extracts a steward's region holds, newest first: to whom, what for, under which
 * agreement, how many families, until when, in what state; an active one can be revoked, after
 * a confirmation that says what it does.
 */
import { Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listExtracts, revokeExtract, type Extract } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExtractStateBadge } from './extract-state-badge.js';

export function ExtractsTable() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const queryClient = useQueryClient();
  const extracts = useQuery({ queryKey: ['extracts'], queryFn: ({ signal }) => listExtracts(signal) }); // prettier-ignore
  const [asked, setAsked] = useState<Extract | null>(null);
  const revoke = useMutation({
    mutationFn: revokeExtract,
    onSettled: () => {
      setAsked(null);
      void queryClient.invalidateQueries({ queryKey: ['extracts'] });
    },
  });
  const items = extracts.data?.items ?? [];
  return (
    <Stack gap="xs">
      {extracts.error && <ProblemAlert error={extracts.error} />}
      {revoke.error && <ProblemAlert error={revoke.error} />}
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} fz="sm" data-testid="extracts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('extracts.column.id')}</Table.Th>
              <Table.Th>{t('extracts.column.partner')}</Table.Th>
              <Table.Th>{t('extracts.column.purpose')}</Table.Th>
              <Table.Th>{t('extracts.column.region')}</Table.Th>
              <Table.Th ta="right">{t('extracts.column.families')}</Table.Th>
              <Table.Th>{t('extracts.column.expiresOn')}</Table.Th>
              <Table.Th>{t('extracts.column.givenBy')}</Table.Th>
              <Table.Th>{t('extracts.column.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id} data-extract={e.id}>
                <Table.Td>#{e.id}</Table.Td>
                <Table.Td fw={600}>{e.recipient}</Table.Td>
                <Table.Td>
                  <Text size="sm">{e.purpose}</Text>
                  <Text size="xs" c="dimmed">
                    {e.reference}
                  </Text>
                </Table.Td>
                <Table.Td>{`${e.region.code} ${e.region.name ?? ''}`}</Table.Td>
                <Table.Td ta="right">{fmt(e.familyCount)}</Table.Td>
                <Table.Td>{e.expiresOn}</Table.Td>
                <Table.Td>{e.createdBy}</Table.Td>
                <Table.Td>
                  <ExtractStateBadge state={e.state} />
                </Table.Td>
                <Table.Td>
                  {e.state !== 'revoked' && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      onClick={() => setAsked(e)}
                    >
                      {t('extracts.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {extracts.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {t('extracts.list.empty')}
          </Text>
        )}
      </Paper>
      <Modal
        opened={asked !== null}
        onClose={() => setAsked(null)}
        title={t('extracts.revokeTitle', { id: asked?.id })}
      >
        <Text size="sm">{t('extracts.revokeText', { partner: asked?.recipient })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsked(null)}>
            {t('extracts.cancel')}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => asked && revoke.mutate(asked.id)}
          >
            {t('extracts.revokeConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
