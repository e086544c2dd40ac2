import type { MemberDto } from '@maillon/contracts';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { todayIso } from '../../../lib/format.ts';

interface LeaveModalProps {
  cptsId: string;
  member: MemberDto | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Records a member's departure; their mandates end on the same day. */
export function LeaveModal({ cptsId, member, onClose, onSaved }: LeaveModalProps) {
  const [leftOn, setLeftOn] = useState<string | null>('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!member) return;
    setLeftOn(todayIso());
    setComment('');
    setError(null);
  }, [member]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!member) return;
    if (!leftOn) {
      setError(new ApiError(422, 'INVALID', leftOn === null ? INVALID_DATE_MESSAGE : 'La date de départ est obligatoire.', 'leftOn'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await membersApi.leave(cptsId, member.id, { leftOn, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['leftOn', 'comment']);
  return (
    <AppModal opened={member !== null} onClose={onClose} title={`Départ de ${member?.displayName ?? ''}`}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          <Text size="sm">L'historique de l'adhésion est conservé ; ses mandats en cours prennent fin à cette date.</Text>
          <DateField label="Date de départ" required value={leftOn} onChange={setLeftOn} error={fieldError(error, 'leftOn')} />
          <Textarea label="Motif (facultatif)" value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" type="button" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" color="red" loading={saving}>
              Enregistrer le départ
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
