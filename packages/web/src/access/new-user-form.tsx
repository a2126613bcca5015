/** The administrator's form for a new user: name, role and the region the role works in. */
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels, roles, type Role } from '@tepat/domain';
import { createUser, type IssuedUser } from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';

export function NewUserForm({ onIssued }: { onIssued: (issued: IssuedUser) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('operator-desa');
  const [region, setRegion] = useState('');
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const create = useMutation({
    mutationFn: () => createUser({ username, role, regionCode: region.trim() || null }),
    onSuccess: (issued) => {
      onIssued(issued);
      setUsername('');
      setRegion('');
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} data-testid="new-user">
        {create.error && <ProblemAlert error={create.error} />}
        <Group align="flex-end" gap="sm" mt={create.error ? 'sm' : 0}>
          <TextInput
            label={t('access.users.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            required
          />{' '}
          {/* prettier-ignore */}
          <Select
            label={t('access.users.role')}
            data={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
            value={role}
            onChange={(v) => v !== null && setRole(v)}
            allowDeselect={false}
          />
          <TextInput
            label={t('access.users.region')}
            placeholder="35.74.05.1005"
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
          />
          <Button type="submit" loading={create.isPending}>
            {t('access.users.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
