import type { ContractDto } from '@maillon/contracts';
import { Alert, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { contractApi } from './contract-api.ts';

type Deadline = ContractDto['deadlines'][number];

/** The coordination team records when a mission started and when it was fully deployed (empty: not yet). */
export function MissionProgressModal(props: {
  contract: ContractDto;
  deadline: Deadline | null;
  onClose: () => void;
  onSaved: (c: ContractDto) => void;
}) {
  const { contract, deadline, onClose, onSaved } = props;
  const [startedOn, setStartedOn] = useState<string | null>('');
  const [deployedOn, setDeployedOn] = useState<string | null>('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setStartedOn(deadline?.startedOn ?? '');
    setDeployedOn(deadline?.deployedOn ?? '');
    setError(null);
  }, [deadline]);
  const index = contract.missions.findIndex((m) => m.mission === deadline?.mission);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!deadline) return;
    if (startedOn === null || deployedOn === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, `missions[${index}].${startedOn === null ? 'startedOn' : 'deployedOn'}`));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(
        await contractApi.recordMission(contract.id, deadline.mission, { startedOn: startedOn || null, deployedOn: deployedOn || null }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const fields = [`missions[${index}].startedOn`, `missions[${index}].deployedOn`];
  const general = generalError(error, fields);
  return (
    <AppModal opened={deadline !== null} onClose={onClose} title={deadline ? `Mission : ${deadline.label}` : ''}>
      <form onSubmit={submit} noValidate data-testid="mission-progress-form">
        <Stack gap="md">
          {general ? <Alert color="red">{general}</Alert> : null}
          <DateField
            label="Démarrée le"
            value={startedOn}
            onChange={setStartedOn}
            error={fieldError(error, fields[0] as string)}
            data-testid="mission-started-on"
          />
          <DateField
            label="Déployée le"
            value={deployedOn}
            onChange={setDeployedOn}
            error={fieldError(error, fields[1] as string)}
            data-testid="mission-deployed-on"
          />
          <FormActions onCancel={onClose} saving={saving} submitTestId="mission-progress-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
