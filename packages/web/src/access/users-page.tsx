/**
 * Users, for administrators: who may sign in, with which role and region, and their state; add
 * a user, reset a password, disable and enable again. A one-time password is shown once, to hand over.
 */
import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'; // prettier-ignore
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '@tepat/domain';
import { disableUser, enableUser, listUsers, resetUserPassword, type IssuedUser, type User } from '../api/index.js'; // prettier-ignore
import { ProblemAlert } from '../ui/index.js';
import { NewUserForm } from './new-user-form.js';
import { useSession } from './use-session.js';

function StateBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  if (user.disabled) return <Badge color="gray">{t('access.users.state.disabled')}</Badge>;
  if (user.lockedUntil !== null && new Date(user.lockedUntil) > new Date())
    return <Badge color="orange">{t('access.users.state.locked')}</Badge>;
  if (user.mustChangePassword)
    return <Badge color="yellow">{t('access.users.state.temporary')}</Badge>;
  return <Badge color="teal">{t('access.users.state.active')}</Badge>;
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { user: me } = useSession();
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<IssuedUser | null>(null);
  const users = useQuery({ queryKey: ['users'], queryFn: ({ signal }) => listUsers(signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['users'] });
  const disable = useMutation({ mutationFn: disableUser, onSuccess: refresh });
  const enable = useMutation({ mutationFn: enableUser, onSuccess: refresh });
  const reset = useMutation({
    mutationFn: resetUserPassword,
    onSuccess: (r) => {
      setIssued(r);
      refresh();
    },
  });
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} size="h2">
        {t('access.users.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('access.users.intro')}
      </Text>
      <NewUserForm onIssued={setIssued} />
      {issued?.oneTimePassword && (
        <Alert
          color="blue"
          variant="light"
          data-testid="one-time-password"
          withCloseButton
          onClose={() => setIssued(null)}
        >
          {' '}
          {/* prettier-ignore */}
          {t('access.users.issued', { username: issued.user.username })}{' '}
          <Code fz="md">{issued.oneTimePassword}</Code>
        </Alert>
      )}
      {[users.error, disable.error, enable.error, reset.error].map(
        (e, i) => e && <ProblemAlert key={i} error={e} />,
      )}{' '}
      {/* prettier-ignore */}
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} fz="sm" data-testid="users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('access.users.username')}</Table.Th>
              <Table.Th>{t('access.users.role')}</Table.Th>
              <Table.Th>{t('access.users.region')}</Table.Th>
              <Table.Th>{t('access.users.stateTitle')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(users.data?.items ?? []).map((u) => (
              <Table.Tr key={u.id} data-username={u.username}>
                <Table.Td fw={600}>{u.username}</Table.Td>
                <Table.Td>{roleLabels[u.role][lang]}</Table.Td>
                <Table.Td>
                  {u.regionCode === null ? t('access.everyRegion') : `${u.regionCode} ${u.regionName ?? ''}`} {/* prettier-ignore */}
                </Table.Td>
                <Table.Td>
                  <StateBadge user={u} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => reset.mutate(u.username)}>
                      {t('access.users.reset')}
                    </Button>
                    {!u.disabled && u.id !== me?.id && (
                      <Button size="compact-xs" variant="light" color="red" onClick={() => disable.mutate(u.username)}> {/* prettier-ignore */}
                        {t('access.users.disable')}
                      </Button>
                    )}
                    {u.disabled && (
                      <Button size="compact-xs" variant="light" color="teal" onClick={() => enable.mutate(u.username)}> {/* prettier-ignore */}
                        {t('access.users.enable')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
