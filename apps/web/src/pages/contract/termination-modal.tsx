import type { ContractDto } from '@maillon/contracts';
import { TERMINATION_REASON_LABELS, TERMINATION_REASONS } from '@maillon/domain';
import { Alert, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { contractApi } from './contract-api.ts';

/** Terminates a contract; the schedule then shows the interrupted year settled pro rata (repayment of advances not earned). */
export function TerminationModal(props: {
  contract: ContractDto;
  opened: boolean;
  onClose: () => void;
  onSaved: (c: ContractDto) => void;
}) {
  const { contract, opened, onClose, onSaved } = props;
  const [effectiveOn, setEffectiveOn] = useState<string | null>('');
  const [reason, setReason] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setEffectiveOn('');
    setReason(null);
    setComment('');
    setError(null);
  }, [opened]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (effectiveOn === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, 'effectiveOn'));
      return;
    }
    if (!reason) {
      setError(new ApiError(422, 'INVALID', 'Choisissez le motif de la résiliation.', 'reason'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(
        await contractApi.terminate(contract.id, {
          effectiveOn,
          reason: reason as (typeof TERMINATION_REASONS)[number],
          comment: comment.trim() || null,
        }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }
  const general = generalError(error, ['effectiveOn', 'reason', 'comment']);
  return (
    <AppModal opened={opened} onClose={onClose} title="Résilier le contrat">
      <form onSubmit={submit} noValidate data-testid="termination-form">
        <Stack gap="md">
          <Alert color="orange">
            La résiliation est définitive : les avances de l'année interrompue qui ne sont pas acquises seront remboursées au prorata.
          </Alert>
          {general ? <Alert color="red">{general}</Alert> : null}
          <DateField
            label="Prend effet le"
            value={effectiveOn}
            onChange={setEffectiveOn}
            error={fieldError(error, 'effectiveOn')}
            required
          />
          <Select
            label="Motif"
            data={TERMINATION_REASONS.map((r) => ({ value: r, label: TERMINATION_REASON_LABELS[r] }))}
            value={reason}
            onChange={setReason}
            error={fieldError(error, 'reason')}
            required
          />
          <Textarea
            label="Commentaire"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={fieldError(error, 'comment')}
            autosize
            minRows={2}
          />
          <Text size="xs" c="dimmed">
            Contrat signé le {contract.signedOn ?? '—'}.
          </Text>
          <FormActions onCancel={onClose} saving={saving} submitLabel="Résilier" submitTestId="termination-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
