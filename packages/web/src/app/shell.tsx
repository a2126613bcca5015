import { AppShell, Box, Button, Container, Group, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { roleIn, type AccessGroup } from '@tepat/domain';
import { RequireSession, UserMenu, useSession } from '../access/index.js';
import { getHealth } from '../api/index.js';
import { LanguageSwitch } from '../ui/index.js';

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

// Each item shows only to the roles the server lets use its API (see the access README).
const navItems = [
  { to: '/', label: 'nav.regions', group: 'everyone' },
  { to: '/dasbor', label: 'nav.dashboard', group: 'everyone' },
  { to: '/cari', label: 'nav.search', group: 'personalData' },
  { to: '/impor', label: 'nav.import', group: 'dataSteward' },
  { to: '/batch', label: 'nav.batches', group: 'dataSteward' },
  { to: '/profil', label: 'nav.profiles', group: 'dataSteward' },
  { to: '/tinjauan', label: 'nav.review', group: 'dataSteward' },
  { to: '/ekstrak', label: 'nav.extracts', group: 'dataSteward' },
  { to: '/aturan', label: 'nav.rules', group: 'dataSteward' },
  { to: '/data-mitra', label: 'nav.partnerData', group: 'partner' },
  { to: '/audit', label: 'nav.audit', group: 'admin' },
] as const satisfies readonly { to: string; label: string; group: AccessGroup }[];

export function Shell() {
  const { t } = useTranslation();
  const { user } = useSession();
  const visible = navItems.filter((item) => user !== null && roleIn(user.role, item.group));
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              <Brand />
              <Group gap={0} component="nav" aria-label={t('app.mainMenu')} visibleFrom="xs">
                {visible.map((item) => (
                  <Button
                    key={item.to}
                    component={NavLink}
                    to={item.to}
                    end={item.to === '/'}
                    variant="subtle"
                    size="compact-sm"
                  >
                    {t(item.label)}
                  </Button>
                ))}
              </Group>
            </Group>
            <Group gap="md" wrap="nowrap">
              <ServerStatus />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <RequireSession>
            <Outlet />
          </RequireSession>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
