import type { CategoryDto } from '@maillon/contracts';
import { Alert, Checkbox, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { parseEuros } from '../../../lib/format.ts';

interface CategoryModalProps {
  cptsId: string;
  target: CategoryDto | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

export function CategoryModal({ cptsId, target, onClose, onSaved }: CategoryModalProps) {
  const editing = target && target !== 'new' ? target : null;
  const [name, setName] = useState('');
  const [voting, setVoting] = useState(true);
  const [dues, setDues] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setName(editing?.name ?? '');
    setVoting(editing?.voting ?? true);
    setDues(editing ? String(editing.yearlyDuesCents / 100).replace('.', ',') : '0');
    setError(null);
  }, [editing]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const yearlyDuesCents = parseEuros(dues);
    if (yearlyDuesCents === null) {
      setError(new ApiError(422, 'INVALID', 'Montant invalide (en euros, par exemple 30 ou 30,50).', 'yearlyDuesCents'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const input = { name: name.trim(), voting, yearlyDuesCents, ...(editing ? { position: editing.position } : {}) };
      if (editing) await membersApi.updateCategory(cptsId, editing.id, input);
      else await membersApi.createCategory(cptsId, input);
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['name', 'yearlyDuesCents']);
  return (
    <AppModal opened={target !== null} onClose={onClose} title={editing ? 'Modifier le collège' : 'Nouveau collège'}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          <TextInput
            label="Nom du collège"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'name')}
          />
          <Checkbox label="Droit de vote en assemblée générale" checked={voting} onChange={(e) => setVoting(e.currentTarget.checked)} />
          <TextInput
            label="Cotisation annuelle (€)"
            description="0 pour un collège sans cotisation"
            inputMode="decimal"
            value={dues}
            onChange={(e) => setDues(e.currentTarget.value)}
            error={fieldError(error, 'yearlyDuesCents')}
          />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </AppModal>
  );
}
