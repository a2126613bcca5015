/**
 * Changing one's own password: needed once after a one-time password (the app allows nothing
 * else until then), and available from the user menu at any time.
 */
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changePassword } from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { setSession, useSession } from './use-session.js';

export function PasswordPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && next !== repeat;
  const change = useMutation({
    mutationFn: () => changePassword(current, next),
    onSuccess: (result) => {
      setSession(queryClient, result);
      void navigate('/', { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate();
  };
  return (
    <Stack gap="md" maw={480}>
      <Title order={1} size="h2">
        {t('access.password.title')}
      </Title>
      {user?.mustChangePassword && (
        <Alert color="yellow" variant="light" data-testid="password-required">
          {t('access.password.required')}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('access.password.rules')}
      </Text>
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={submit}>
          <Stack gap="sm">
            {change.error && <ProblemAlert error={change.error} />}
            <PasswordInput
              label={t('access.password.current')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />{' '}
            {/* prettier-ignore */}
            <PasswordInput label={t('access.password.new')} value={next} onChange={(e) => setNext(e.currentTarget.value)} autoComplete="new-password" required />{' '}
            {/* prettier-ignore */}
            <PasswordInput
              label={t('access.password.repeat')}
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              autoComplete="new-password"
              error={mismatch ? t('access.password.mismatch') : undefined}
              required
            />
            <Button type="submit" loading={change.isPending} disabled={mismatch}>
              {t('access.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
