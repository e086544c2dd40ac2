import { Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { roleLabel } from '../session/roles.ts';
import { useMe, useSession } from '../session/use-session.ts';

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
      <Button variant="default" size="xs" leftSection={<IconLogout size={16} aria-hidden />} onClick={handleLogout} loading={leaving}>
        Se déconnecter
      </Button>
    </Group>
  );
}
