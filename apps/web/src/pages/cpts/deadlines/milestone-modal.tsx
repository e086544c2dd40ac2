import type { CptsDetail } from '@maillon/contracts';
import { isCoreMission } from '@maillon/domain';
import { Alert, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { cptsApi } from '../../../api/endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { formatDate } from '../../../lib/format.ts';

type Deadline = CptsDetail['deadlines'][number];

interface MilestoneModalProps {
  cptsId: string;
  deadline: Deadline | null;
  onClose: () => void;
  onSaved: (cpts: CptsDetail) => void;
}

const FIELDS = ['startedOn', 'deployedOn'];

/** Records when an ACI mission started and when it was deployed (empty = not yet). */
export function MilestoneModal({ cptsId, deadline, onClose, onSaved }: MilestoneModalProps) {
  const [startedOn, setStartedOn] = useState<string | null>('');
  const [deployedOn, setDeployedOn] = useState<string | null>('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!deadline) return;
    setStartedOn(deadline.startedOn ?? '');
    setDeployedOn(deadline.deployedOn ?? '');
    setError(null);
  }, [deadline]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!deadline || !isCoreMission(deadline.mission)) return;
    if (startedOn === null || deployedOn === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, startedOn === null ? 'startedOn' : 'deployedOn'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const input = { startedOn: startedOn || null, deployedOn: deployedOn || null };
      onSaved(await cptsApi.updateMission(cptsId, deadline.mission, input));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={deadline !== null} onClose={onClose} title={deadline ? `Mission : ${deadline.label}` : ''}>
      <form onSubmit={handleSubmit} noValidate data-testid="milestone-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Enregistrement impossible">
              {general}
            </Alert>
          ) : null}
          {deadline ? (
            <Text size="sm">
              Démarrage attendu avant le {formatDate(deadline.startBy)}, déploiement avant le {formatDate(deadline.deployedBy)}.
            </Text>
          ) : null}
          <DateField
            label="Date de démarrage"
            description="Format JJ/MM/AAAA ; laissez vide si la mission n'a pas démarré."
            value={startedOn}
            onChange={setStartedOn}
            error={fieldError(error, 'startedOn')}
            data-testid="milestone-started-on"
          />
          <DateField
            label="Date de déploiement"
            description="Format JJ/MM/AAAA ; laissez vide si la mission n'est pas encore déployée."
            value={deployedOn}
            onChange={setDeployedOn}
            error={fieldError(error, 'deployedOn')}
            data-testid="milestone-deployed-on"
          />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </AppModal>
  );
}
