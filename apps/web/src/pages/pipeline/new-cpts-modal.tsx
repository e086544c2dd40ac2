import type { CptsDetail } from '@maillon/contracts';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, generalError } from '../../api/api-error.ts';
import { cptsApi } from '../../api/endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';

interface NewCptsModalProps {
  opened: boolean;
  onClose: () => void;
  region: string;
  regionName: string;
  onCreated: (cpts: CptsDetail) => void;
}

const FIELDS = ['name', 'regionCode', 'siret', 'finess'];

export function NewCptsModal({ opened, onClose, region, regionName, onCreated }: NewCptsModalProps) {
  const [name, setName] = useState('');
  const [siret, setSiret] = useState('');
  const [finess, setFiness] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const created = await cptsApi.create({
        name: name.trim(),
        regionCode: region,
        siret: siret.trim() || null,
        finess: finess.trim() || null,
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
