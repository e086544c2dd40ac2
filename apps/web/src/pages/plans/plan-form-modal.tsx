import type { PlanDto } from '@maillon/contracts';
import { Alert, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { type PlanInput, type PlanModality, type PlanStatus, plansApi } from '../../api/endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { MODALITY_LABELS, options, STATUS_LABELS } from './plan-labels.ts';

export interface ZoneOption {
  value: string;
  label: string;
}

/** `plan` set: edit it; otherwise create a plan for one of `zones`. */
export interface PlanFormTarget {
  plan: PlanDto | null;
  zoneKey: string | null;
}

interface PlanFormModalProps {
  region: string;
  target: PlanFormTarget | null;
  zones: ZoneOption[];
  onClose: () => void;
  onSaved: (plan: PlanDto) => void;
}

const FIELDS = ['zoneKey', 'modality', 'owner', 'dueOn', 'status', 'notes'];

function valuesOf(target: PlanFormTarget | null) {
  const plan = target?.plan;
  return {
    zoneKey: plan?.zoneKey ?? target?.zoneKey ?? null,
    modality: (plan?.modality ?? 'extendNeighbour') as PlanModality,
    owner: plan?.owner ?? '',
    dueOn: (plan?.dueOn ?? '') as string | null,
    status: (plan?.status ?? 'planned') as PlanStatus,
    notes: plan?.notes ?? '',
  };
}

export function PlanFormModal({ region, target, zones, onClose, onSaved }: PlanFormModalProps) {
  const [values, setValues] = useState(() => valuesOf(target));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const editing = target?.plan ?? null;

  useEffect(() => {
    setValues(valuesOf(target));
    setError(null);
  }, [target]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.dueOn) {
      setError(new ApiError(422, 'INVALID', values.dueOn === null ? INVALID_DATE_MESSAGE : "L'échéance est obligatoire.", 'dueOn'));
      return;
    }
    if (!editing && !values.zoneKey) {
      setError(new ApiError(422, 'INVALID', 'Choisissez la zone blanche concernée.', 'zoneKey'));
      return;
    }
    setSaving(true);
    setError(null);
    const input: PlanInput = {
      modality: values.modality,
      owner: values.owner.trim(),
      dueOn: values.dueOn,
      status: values.status,
      notes: values.notes.trim() || null,
    };
    try {
      if (editing) onSaved(await plansApi.update(editing.id, input));
      else {
        const { notes, ...rest } = input;
        onSaved(await plansApi.create({ ...rest, ...(notes ? { notes } : {}), regionCode: region, zoneKey: values.zoneKey ?? '' }));
      }
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={target !== null} onClose={onClose} title={editing ? 'Modifier le plan' : 'Nouveau plan 100 % CPTS'} size="lg">
      <form onSubmit={handleSubmit} noValidate data-testid="plan-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          {editing ? (
            <TextInput label="Zone" value={editing.zoneLabel} readOnly />
          ) : (
            <Select
              label="Zone blanche"
              required
              data={zones}
              value={values.zoneKey}
              onChange={(value) => set('zoneKey', value)}
              searchable
              nothingFoundMessage="Aucune zone blanche sans plan"
              error={fieldError(error, 'zoneKey')}
              data-testid="plan-zone"
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Modalité"
              required
              data={options(MODALITY_LABELS)}
              value={values.modality}
              onChange={(value) => value && set('modality', value as PlanModality)}
              allowDeselect={false}
              error={fieldError(error, 'modality')}
            />
            <Select
              label="Statut"
              required
              data={options(STATUS_LABELS)}
              value={values.status}
              onChange={(value) => value && set('status', value as PlanStatus)}
              allowDeselect={false}
              error={fieldError(error, 'status')}
            />
            <TextInput
              label="Responsable"
              required
              value={values.owner}
              onChange={(event) => set('owner', event.currentTarget.value)}
              error={fieldError(error, 'owner')}
              data-testid="plan-owner"
            />
            <DateField
              label="Échéance"
              required
              value={values.dueOn}
              onChange={(value) => set('dueOn', value)}
              error={fieldError(error, 'dueOn')}
              data-testid="plan-due-on"
            />
          </SimpleGrid>
          <Textarea
            label="Notes"
            autosize
            minRows={3}
            value={values.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={fieldError(error, 'notes')}
          />
          <FormActions onCancel={onClose} saving={saving} submitTestId="plan-submit" />
        </Stack>
      </form>
    </AppModal>
  );
}
