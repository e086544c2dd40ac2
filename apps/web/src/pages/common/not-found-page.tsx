import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';

export function NotFoundPage() {
  return (
    <Stack data-testid="not-found">
      <PageHeader title="Page introuvable" />
      <Text>La page demandée n'existe pas ou a été déplacée.</Text>
      <Anchor component={Link} to="/">
        Revenir à l'accueil
      </Anchor>
    </Stack>
  );
}
