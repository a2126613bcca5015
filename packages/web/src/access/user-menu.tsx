/**
 * The header's user menu: who is signed in, the users page (administrators), change password,
 * sign out here or everywhere.
 */
import { Button, Menu, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { roleIn, roleLabels } from '@tepat/domain';
import { logout } from '../api/index.js';
import { loginPath, passwordPath } from './require-session.js';
import { setSession, useSession } from './use-session.js';

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (user === null) return null;
  const signOut = async (everywhere: boolean) => {
    try {
      await logout(everywhere);
    } finally {
      setSession(queryClient, null);
      void navigate(loginPath, { replace: true });
    }
  };
  const role = roleLabels[user.role][i18n.language === 'en' ? 'en' : 'id'];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" size="xs" data-testid="user-menu">
          {user.username}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">{role}</Text>
          <Text size="xs" c="dimmed">
            {user.regionCode ?? t('access.everyRegion')}
          </Text>
        </Menu.Label>
        {roleIn(user.role, 'admin') && (
          <Menu.Item component={Link} to="/pengguna">
            {t('access.menu.users')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={passwordPath}>
          {t('access.menu.password')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut(false)}>{t('access.menu.logout')}</Menu.Item>
        <Menu.Item color="red" onClick={() => void signOut(true)}>
          {t('access.menu.logoutAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
