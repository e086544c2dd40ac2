import { Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconDevices, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { roleLabel } from '../session/roles.ts';
import { useMe, useSession } from '../session/use-session.ts';

/** Who is signed in, and the account menu: active sessions and password, sign-out. */
export function UserMenu() {
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  async function handleLogout() {
    setLeaving(true);
    try {
      await logout();
    } finally {
      setLeaving(false);
      navigate('/connexion', { replace: true });
    }
  }

  return (
    <Group gap="sm" wrap="nowrap">
      <div>
        <Text size="sm" fw={600} lh={1.2} visibleFrom="sm">
          {me.user.displayName}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
          {roleLabel(me)}
        </Text>
      </div>
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          <Button variant="default" size="xs" rightSection={<IconChevronDown size={16} aria-hidden />} loading={leaving}>
            Mon compte
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/compte/sessions" leftSection={<IconDevices size={16} aria-hidden />}>
            Sessions actives
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={handleLogout}>
            Se déconnecter
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
