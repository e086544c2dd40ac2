import type { AssemblyDetailDto } from '@maillon/contracts';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '../../../api/api-error.ts';
import { assembliesApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { emptyFirstBodies, type FirstBodiesDraft, FirstBodiesFields, toFirstBodies } from './first-bodies-fields.tsx';

interface CloseModalProps {
  cptsId: string;
  assembly: AssemblyDetailDto;
  opened: boolean;
  onClose: () => void;
  onClosed: (assembly: AssemblyDetailDto) => void;
}

/** Closes the assembly with its minutes; a constitutive one also seats the first board and bureau. */
export function CloseModal({ cptsId, assembly, opened, onClose, onClosed }: CloseModalProps) {
  const constitutive = assembly.kind === 'constitutive';
  const [minutes, setMinutes] = useState('');
  const [bodies, setBodies] = useState<FirstBodiesDraft>(() => emptyFirstBodies(assembly));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setMinutes(assembly.minutes ?? '');
    setBodies(emptyFirstBodies(assembly));
    setError(null);
  }, [opened, assembly]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onClosed(
        await assembliesApi.close(cptsId, assembly.id, {
          ...(minutes.trim() ? { minutes: minutes.trim() } : {}),
          ...(constitutive ? { firstBodies: toFirstBodies(bodies) } : {}),
        }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const unvoted = assembly.resolutions.filter((r) => !r.outcome).length;
  const bodiesError = isApiError(error) && error.field?.startsWith('firstBodies') ? error.message : undefined;
  return (
    <AppModal opened={opened} onClose={onClose} title="Clore l'assemblée" size={constitutive ? 'xl' : 'lg'}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {error && !bodiesError ? (
            <Alert color="red" role="alert" title="Clôture impossible">
              {errorMessage(error)}
            </Alert>
          ) : null}
          {unvoted > 0 ? (
            <Alert color="orange">
              {unvoted} résolution{unvoted > 1 ? 's' : ''} sans vote : elle{unvoted > 1 ? 's' : ''} figurera{unvoted > 1 ? 'ont' : ''} au
              procès-verbal comme non mise{unvoted > 1 ? 's' : ''} aux voix.
            </Alert>
          ) : null}
          <Text size="sm">Une fois close, l'assemblée ne peut plus être modifiée ; son procès-verbal reste téléchargeable.</Text>
          <Textarea
            label="Compte rendu des débats (facultatif)"
            autosize
            minRows={4}
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
          />
          {constitutive ? <FirstBodiesFields assembly={assembly} draft={bodies} onChange={setBodies} error={bodiesError} /> : null}
          <Group justify="flex-end">
            <Button variant="default" type="button" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" color="red" loading={saving} data-testid="close-submit">
              Clore l'assemblée
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
