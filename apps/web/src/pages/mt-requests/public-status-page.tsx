import type { ClientOutput, endpoints } from '@maillon/contracts';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { fieldError, generalError } from '../../api/api-error.ts';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../lib/format.ts';
import { mtApi } from './mt-api.ts';

type Status = ClientOutput<typeof endpoints.mtRequests.publicStatus>;

/** Where my request stands: number + birth date (issue #9 item 1), limited tries. */
export function PublicStatusPage() {
  useDocumentTitle('Suivre ma demande de médecin traitant · Maillon');
  const [number, setNumber] = useState('');
  const [birthDate, setBirthDate] = useState<string | null>('');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await mtApi.status({ number, birthDate: birthDate ?? '' }));
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };
  const general = generalError(error, ['number', 'birthDate']);
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>Suivre ma demande de médecin traitant</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Numéro de demande"
            description="Il figure dans l'e-mail de confirmation, par exemple MT-2026-7KQ4-9XH2."
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={fieldError(error, 'number')}
            required
            maxLength={30}
            autoComplete="off"
            data-testid="status-number"
          />
          <DateField
            label="Date de naissance"
            value={birthDate}
            onChange={setBirthDate}
            error={fieldError(error, 'birthDate')}
            required
            data-testid="status-birth-date"
          />
          {general ? <ErrorAlert error={error} title="Demande non trouvée" /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={loading} data-testid="status-submit">
              Voir où en est ma demande
            </Button>
          </Group>
        </Stack>
      </form>
      {status ? (
        <Alert color="blue" title={`Demande ${status.number}`} role="status" data-testid="status-result">
          <Text>{status.message}</Text>
          <Text size="sm" mt="xs">
            Déposée le {formatDate(status.requestedOn)} auprès de la {status.cptsName}.
          </Text>
        </Alert>
      ) : null}
      <Anchor component={Link} to="/medecin-traitant">
        Déposer une demande
      </Anchor>
    </Stack>
  );
}
