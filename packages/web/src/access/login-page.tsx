/** The login page: username and password, in Bahasa Indonesia unless English is chosen. */
import { Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'; // prettier-ignore
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { login } from '../api/index.js';
import { LanguageSwitch, ProblemAlert } from '../ui/index.js';
import { setSession, useSession } from './use-session.js';

/** Only a path inside the app: `next` must not send anyone to another site after login. */
function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  const signIn = useMutation({
    mutationFn: () => login(username, password),
    onSuccess: (result) => {
      setSession(queryClient, result);
      void navigate(next, { replace: true });
    },
  });
  if (user !== null && !signIn.isPending) return <Navigate to={next} replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder radius="md" p="xl" w={400} maw="100%">
        <form onSubmit={submit}>
          <Stack gap="md">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <img src="/favicon.svg" alt="" width={30} height={30} />
                <Title order={1} size="h3">
                  Tepat
                </Title>
              </Group>
              <LanguageSwitch />
            </Group>
            <Text size="sm" c="dimmed">
              {t('access.login.intro')}
            </Text>
            {signIn.error && <ProblemAlert error={signIn.error} />}
            <TextInput
              label={t('access.login.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              required
              autoFocus
            />
            <PasswordInput
              label={t('access.login.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('access.login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
