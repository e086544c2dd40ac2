import { Alert, Anchor, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router-dom';

export function AccessDenied({ message }: { message?: string }) {
  return (
    <Alert color="red" title="Accès refusé" icon={<IconLock aria-hidden />} role="alert" data-testid="access-denied">
      <Text size="sm">{message ?? "Vous n'avez pas les droits nécessaires pour consulter cette page."}</Text>
      <Anchor component={Link} to="/" size="sm" mt="xs" display="inline-block" c="dark.9" underline="always">
        Revenir à l'accueil
      </Anchor>
    </Alert>
  );
}
