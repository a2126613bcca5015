/** The profiles a file can be read with: built-in ones to view, custom ones to edit. */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateTime } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { useProfiles } from './use-profiles.js';

export function ProfilesPage() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const profiles = useProfiles();
  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('profiles.title')}
        </Title>
        <Button component={Link} to="/profil/baru">
          {t('profiles.new')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('profiles.intro')}
      </Text>
      {profiles.error && <ProblemAlert error={profiles.error} />}
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} fz="sm" data-testid="profiles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profiles.column.name')}</Table.Th>
              <Table.Th>{t('profiles.column.label')}</Table.Th>
              <Table.Th>{t('profiles.column.kind')}</Table.Th>
              <Table.Th>{t('profiles.column.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(profiles.data ?? []).map((p) => (
              <Table.Tr key={p.name}>
                <Table.Td>
                  <Anchor component={Link} to={`/profil/${p.name}`} fw={600} size="sm">
                    {p.name}
                  </Anchor>{' '}
                  <Badge size="xs" variant="light" color={p.builtin ? 'gray' : 'teal'}>
                    {p.builtin ? t('profiles.builtin') : t('profiles.custom')}
                  </Badge>
                </Table.Td>
                <Table.Td>{p.label}</Table.Td>
                <Table.Td>{p.kind.toUpperCase()}</Table.Td>
                <Table.Td>{p.updatedAt ? dateTime(p.updatedAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
