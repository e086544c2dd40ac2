import type { CptsDetail } from '@maillon/contracts';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { cptsApi } from '../../api/endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { todayIso } from '../../lib/format.ts';

interface NewCptsModalProps {
  opened: boolean;
  onClose: () => void;
  region: string;
  regionName: string;
  onCreated: (cpts: CptsDetail) => void;
}

const FIELDS = ['name', 'regionCode', 'siret', 'finess', 'stage', 'date'];
const FIRST_STAGES = [
  { value: 'contact', label: 'Premier contact' },
  { value: 'letterOfIntentSubmitted', label: "Lettre d'intention déposée" },
];

export function NewCptsModal({ opened, onClose, region, regionName, onCreated }: NewCptsModalProps) {
  const [name, setName] = useState('');
  const [siret, setSiret] = useState('');
  const [finess, setFiness] = useState('');
  const [stage, setStage] = useState<'contact' | 'letterOfIntentSubmitted'>('contact');
  const [date, setDate] = useState<string | null>(todayIso());
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (date === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, 'date'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const created = await cptsApi.create({
        name: name.trim(),
        regionCode: region,
        siret: siret.trim() || null,
        finess: finess.trim() || null,
        stage,
        ...(date ? { date } : {}),
      });
      setName('');
      setSiret('');
      setFiness('');
      onCreated(created);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={opened} onClose={onClose} title="Nouvelle CPTS" size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Création impossible">
              {general}
            </Alert>
          ) : null}
          <TextInput
            label="Nom de la CPTS"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(error, 'name')}
            data-autofocus
            data-testid="new-cpts-name"
          />
          <TextInput label="Région" value={regionName} readOnly error={fieldError(error, 'regionCode')} />
          <Select
            label="Étape atteinte"
            data={FIRST_STAGES}
            value={stage}
            onChange={(value) => setStage(value === 'letterOfIntentSubmitted' ? value : 'contact')}
            allowDeselect={false}
            error={fieldError(error, 'stage')}
          />
          <DateField
            label="Date de cette étape"
            description="Format JJ/MM/AAAA : la date réelle, même ancienne (historique repris)"
            value={date}
            onChange={setDate}
            error={fieldError(error, 'date')}
            data-testid="new-cpts-date"
          />
          <TextInput
            label="SIRET (facultatif)"
            description="14 chiffres"
            inputMode="numeric"
            value={siret}
            onChange={(event) => setSiret(event.currentTarget.value)}
            error={fieldError(error, 'siret')}
          />
          <TextInput
            label="FINESS (facultatif)"
            description="9 caractères"
            value={finess}
            onChange={(event) => setFiness(event.currentTarget.value)}
            error={fieldError(error, 'finess')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} type="button">
              Annuler
            </Button>
            <Button type="submit" loading={saving} data-testid="new-cpts-submit">
              Créer la CPTS
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
