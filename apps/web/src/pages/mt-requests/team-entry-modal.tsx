import { Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { mtApi } from './mt-api.ts';
import { EMPTY_REQUEST, RequestFields, type RequestFieldsValue, requestBody } from './request-fields.tsx';

const FIELDS = ['lastName', 'firstName', 'birthDate', 'unitCode', 'email', 'phone', 'gpLostOn', 'gpLossReason', 'accessibilityNeeds'];

interface TeamEntryModalProps {
  opened: boolean;
  cptsId: string;
  communes: { code: string; name: string }[];
  onClose: () => void;
  onCreated: (requestId: string) => void;
}

/** Entry on the patient's behalf (a phone call to the desk). */
export function TeamEntryModal({ opened, cptsId, communes, onClose, onCreated }: TeamEntryModalProps) {
  const [value, setValue] = useState<RequestFieldsValue>(EMPTY_REQUEST);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const created = await mtApi.create(cptsId, requestBody(value));
      setValue(EMPTY_REQUEST);
      onCreated(created.id);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };
  return (
    <AppModal opened={opened} onClose={onClose} title="Saisir une demande pour un patient" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <RequestFields value={value} onChange={setValue} communes={communes} error={error} forTeam />
          {generalError(error, FIELDS) ? <ErrorAlert error={error} /> : null}
          <FormActions onCancel={onClose} saving={saving} submitLabel="Enregistrer la demande" />
        </Stack>
      </form>
    </AppModal>
  );
}
