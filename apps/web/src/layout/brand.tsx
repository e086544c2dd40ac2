import { Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { DemoBadge } from '../components/demo-badge.tsx';
import { useSession } from '../session/use-session.ts';

export function Brand() {
  const { demo } = useSession();
  return (
    <Group gap="sm" wrap="nowrap">
      <UnstyledButton component={Link} to="/" aria-label="Maillon, accueil">
        <Group gap={8} wrap="nowrap">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <Text fw={800} size="xl" c="blue.9">
            Maillon
          </Text>
        </Group>
      </UnstyledButton>
      {demo ? <DemoBadge /> : null}
    </Group>
  );
}
