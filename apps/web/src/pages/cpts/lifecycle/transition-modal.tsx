import type { CptsDetail, StageDto } from '@maillon/contracts';
import { Alert, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { cptsApi } from '../../../api/endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { todayIso } from '../../../lib/format.ts';
import { type AllowedTransition, transitionButtonLabel } from './transition-label.ts';

interface TransitionModalProps {
  cptsId: string;
  stage: StageDto;
  transition: AllowedTransition | null;
  onClose: () => void;
  onDone: (cpts: CptsDetail) => void;
}

const FIELDS = ['date', 'comment'];

export function TransitionModal({ cptsId, stage, transition, onClose, onDone }: TransitionModalProps) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!transition) return;
    setDate(todayIso());
    setComment('');
    setError(null);
  }, [transition]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!transition) return;
    if (!date) {
      setError(new ApiError(422, 'INVALID', date === null ? INVALID_DATE_MESSAGE : 'La date est obligatoire.', 'date'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const trimmed = comment.trim();
      onDone(await cptsApi.transition(cptsId, { to: transition.to, date, ...(trimmed ? { comment: trimmed } : {}) }));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={transition !== null} onClose={onClose} title={transition ? transitionButtonLabel(stage, transition) : ''}>
      <form onSubmit={handleSubmit} noValidate data-testid="transition-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Changement d'étape impossible">
              {general}
            </Alert>
          ) : null}
          <DateField
            label="Date"
            required
            value={date}
            onChange={setDate}
            error={fieldError(error, 'date')}
            data-testid="transition-date"
          />
          <Textarea
            label="Commentaire"
            description={transition?.commentRequired ? 'Obligatoire pour cette étape.' : 'Facultatif.'}
            required={transition?.commentRequired ?? false}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={fieldError(error, 'comment')}
          />
          <FormActions onCancel={onClose} saving={saving} submitLabel="Confirmer" submitTestId="transition-submit" />
        </Stack>
      </form>
    </AppModal>
  );
}
