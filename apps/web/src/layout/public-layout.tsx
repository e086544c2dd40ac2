import { AppShell, Group } from '@mantine/core';
import { Brand } from './brand.tsx';
import { PageOutlet } from './page-outlet.tsx';
import { SkipLink } from './skip-link.tsx';

/** Layout of pages reachable without a session (login). */
export function PublicLayout() {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md">
          <Brand />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <PageOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
