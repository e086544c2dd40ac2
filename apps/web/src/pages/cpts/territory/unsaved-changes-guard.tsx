import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { AppModal } from '../../../components/app-modal.tsx';

/**
 * Unsaved edits are never lost silently: leaving the page (a link, the back button) asks for
 * confirmation, and closing or reloading the tab triggers the browser's own warning.
 */
export function UnsavedChangesGuard({
  dirty,
  message = 'Le territoire a été modifié sans être enregistré ni proposé. Quitter la page abandonne ces modifications.',
}: {
  dirty: boolean;
  message?: string;
}) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return (
    <AppModal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Modifications non enregistrées">
      <Stack gap="md" data-testid="unsaved-changes">
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-testid="unsaved-stay">
            Rester sur la page
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
            Quitter sans enregistrer
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
