import { AppShell, Box, Button, Container, Group, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { getHealth } from '../api/index.js';
import { LanguageSwitch } from './language-switch.js';

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
      <Group gap="xs" wrap="nowrap">
        <img src="/favicon.svg" alt="" width={30} height={30} />
        <Box>
          <Text fw={750} size="lg" lh={1.1}>
            Tepat
          </Text>
          <Text size="xs" c="dimmed" lh={1.1} visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        </Box>
      </Group>
    </Link>
  );
}

function ServerStatus() {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal) });
  if (!health.data) return null;
  const mode = t(`app.database.${health.data.database.mode}`);
  return (
    <Tooltip label={t('app.databaseTooltip', { mode })}>
      <Text size="xs" c="dimmed" visibleFrom="md">
        v{health.data.version}
      </Text>
    </Tooltip>
  );
}

const navItems = [
  { to: '/', label: 'nav.regions' },
  { to: '/dasbor', label: 'nav.dashboard' },
  { to: '/cari', label: 'nav.search' },
  { to: '/impor', label: 'nav.import' },
  { to: '/batch', label: 'nav.batches' },
  { to: '/profil', label: 'nav.profiles' },
  { to: '/tinjauan', label: 'nav.review' },
  { to: '/audit', label: 'nav.audit' },
] as const;

export function Shell() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap">
              <Brand />
              <Group gap={4} component="nav" aria-label={t('app.mainMenu')} visibleFrom="xs">
                {navItems.map((item) => (
                  <Button
                    key={item.to}
                    component={NavLink}
                    to={item.to}
                    end={item.to === '/'}
                    variant="subtle"
                    size="sm"
                  >
                    {t(item.label)}
                  </Button>
                ))}
              </Group>
            </Group>
            <Group gap="md" wrap="nowrap">
              <ServerStatus />
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
