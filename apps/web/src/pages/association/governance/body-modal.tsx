import type { BodyDto, BodyKindDto } from '@maillon/contracts';
import { Alert, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { governanceApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { todayIso } from '../../../lib/format.ts';
import { BODY_KIND_OPTIONS } from '../association-labels.ts';

interface BodyModalProps {
  cptsId: string;
  target: BodyDto | 'new' | null;
  onClose: () => void;
  onSaved: (items: BodyDto[]) => void;
}

/** Creates a body, or renames one and records its end (running mandates end with it). */
export function BodyModal({ cptsId, target, onClose, onSaved }: BodyModalProps) {
  const editing = target && target !== 'new' ? target : null;
  const [kind, setKind] = useState<BodyKindDto>('bureau');
  const [name, setName] = useState('');
  const [createdOn, setCreatedOn] = useState<string | null>('');
  const [endedOn, setEndedOn] = useState<string | null>('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setKind(editing?.kind ?? 'bureau');
    setName(editing?.name ?? 'Bureau');
    setCreatedOn(editing?.createdOn ?? todayIso());
    setEndedOn(editing?.endedOn ?? '');
    setError(null);
  }, [editing]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createdOn === null || !createdOn) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, 'createdOn'));
      return;
    }
    if (endedOn === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, 'endedOn'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = editing
        ? await governanceApi.updateBody(cptsId, editing.id, { name: name.trim(), endedOn: endedOn || null })
        : await governanceApi.createBody(cptsId, { kind, name: name.trim(), createdOn });
      onSaved(result.items);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['kind', 'name', 'createdOn', 'endedOn']);
  return (
    <AppModal opened={target !== null} onClose={onClose} title={editing ? "Modifier l'instance" : 'Nouvelle instance'}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          {editing ? null : (
            <NativeSelect
              label="Type d'instance"
              value={kind}
              onChange={(e) => {
                const next = e.currentTarget.value as BodyKindDto;
                setKind(next);
                // A name still equal to a kind's label follows the kind chosen.
                if (!name || BODY_KIND_OPTIONS.some((o) => o.label === name)) {
                  setName(BODY_KIND_OPTIONS.find((o) => o.value === next)?.label ?? '');
                }
              }}
              data={BODY_KIND_OPTIONS}
            />
          )}
          <TextInput label="Nom" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(error, 'name')} />
          {editing ? (
            <DateField
              label="Fin de l'instance (facultatif)"
              value={endedOn}
              onChange={setEndedOn}
              error={fieldError(error, 'endedOn')}
              description="Les mandats en cours prennent fin à cette date."
            />
          ) : (
            <DateField label="Créée le" required value={createdOn} onChange={setCreatedOn} error={fieldError(error, 'createdOn')} />
          )}
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </AppModal>
  );
}
