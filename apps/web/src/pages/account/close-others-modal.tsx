import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { accountApi } from '../../api/endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { plural } from '../../lib/format.ts';

interface CloseOthersModalProps {
  opened: boolean;
  count: number;
  onClose: () => void;
  onClosed: (count: number) => void;
}

/** Confirmation of « Fermer toutes les autres sessions »: this session stays open. */
export function CloseOthersModal({ opened, count, onClose, onClosed }: CloseOthersModalProps) {
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);

  async function confirm() {
    setSaving(true);
    setError(null);
    try {
      const { closedSessions } = await accountApi.closeOtherSessions();
      onClosed(closedSessions);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  return (
    <AppModal opened={opened} onClose={onClose} title="Fermer toutes les autres sessions ?">
      <Stack gap="md">
        {error ? (
          <Alert color="red" role="alert" title="Fermeture impossible">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Text size="sm">
          {plural(count, 'autre session sera déconnectée', 'autres sessions seront déconnectées')} : il faudra s’y reconnecter. Cette
          session reste ouverte.
        </Text>
        <Group justify="flex-end">
          {/* red.9 takes white text, above 4.5:1 hovered too (red.8 takes black text, below 4.5:1 on its darker hover shade). */}
          <Button variant="default" type="button" onClick={onClose}>
            Annuler
          </Button>
          <Button color="red.9" loading={saving} onClick={confirm} data-testid="confirm-close-others">
            Fermer les autres sessions
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
