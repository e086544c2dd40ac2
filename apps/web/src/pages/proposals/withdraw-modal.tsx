import type { TerritoryProposalDto } from '@maillon/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { proposalsApi } from '../../api/proposal-endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';

interface WithdrawModalProps {
  proposal: TerritoryProposalDto;
  opened: boolean;
  onClose: () => void;
  onDone: (proposal: TerritoryProposalDto) => void;
}

export function WithdrawModal({ proposal, opened, onClose, onDone }: WithdrawModalProps) {
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  async function withdraw() {
    setSaving(true);
    setError(null);
    try {
      onDone(await proposalsApi.withdraw(proposal.id));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }
  return (
    <AppModal opened={opened} onClose={onClose} title="Retirer la proposition">
      <Stack gap="md">
        {error ? <ErrorAlert error={error} title="Retrait impossible" /> : null}
        <Text size="sm">La proposition ne sera plus soumise à l'ARS ; le territoire de la CPTS reste tel qu'il est.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button color="red" onClick={withdraw} loading={saving} data-testid="withdraw-confirm">
            Retirer la proposition
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
