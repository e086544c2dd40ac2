import { INVITATION_CHANNEL_OPTIONS, type InvitationCreatedDto } from '@maillon/contracts';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { plural, todayIso } from '../../lib/format.ts';
import { engagementApi } from './engagement-api.ts';

export interface InviteTarget {
  kind: 'professional' | 'establishment' | 'commune' | 'epci';
  id: string;
  label: string;
}

interface InviteModalProps {
  cptsId: string;
  targets: InviteTarget[];
  onClose: () => void;
  onDone: (result: InvitationCreatedDto) => void;
}

type Channel = (typeof INVITATION_CHANNEL_OPTIONS)[number]['value'];

/** Records that invitations were sent (by mail, post…): Maillon keeps the follow-up, it sends nothing itself. */
export function InviteModal({ cptsId, targets, onClose, onDone }: InviteModalProps) {
  const [channel, setChannel] = useState<Channel>('email');
  const [sentOn, setSentOn] = useState<string | null>(todayIso());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const opened = targets.length > 0;
  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);

  async function submit() {
    if (!sentOn) return;
    setSaving(true);
    setError(null);
    try {
      onDone(await engagementApi.invite(cptsId, { invitees: targets.map(({ kind, id }) => ({ kind, id })), sentOn, channel }));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const names = targets.slice(0, 5).map((t) => t.label);
  return (
    <AppModal opened={opened} onClose={onClose} title="Marquer comme invités">
      <Stack gap="md">
        <Text size="sm">
          {plural(targets.length, 'destinataire')} : {names.join(', ')}
          {targets.length > names.length ? '…' : ''}
        </Text>
        <Select
          label="Moyen d'invitation"
          data={INVITATION_CHANNEL_OPTIONS}
          value={channel}
          onChange={(value) => {
            if (value) setChannel(value as Channel);
          }}
          allowDeselect={false}
          data-testid="invite-channel"
        />
        <DateField
          label="Date d'envoi"
          value={sentOn}
          onChange={setSentOn}
          error={sentOn === null ? 'Date invalide.' : undefined}
          required
        />
        {error ? <ErrorAlert error={error} title="Enregistrement impossible" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button onClick={submit} loading={saving} disabled={!sentOn} data-testid="invite-submit">
            Enregistrer les invitations
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
