import type { ContractDto } from '@maillon/contracts';
import { Alert, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../lib/dates.ts';
import { contractApi } from './contract-api.ts';

/** A dated avenant changing the taille: it applies to the contract years starting after its effective date. */
export function AmendmentModal(props: { contract: ContractDto; opened: boolean; onClose: () => void; onSaved: (c: ContractDto) => void }) {
  const { contract, opened, onClose, onSaved } = props;
  const [signedOn, setSignedOn] = useState<string | null>('');
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>('');
  const [population, setPopulation] = useState<number | string>(contract.population);
  const [vintage, setVintage] = useState<number | string>(contract.populationVintage + 1);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setSignedOn('');
    setEffectiveFrom('');
    setPopulation(contract.population);
    setVintage(contract.populationVintage + 1);
    setReason('');
    setError(null);
  }, [opened, contract]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signedOn === null || effectiveFrom === null) {
      setError(new ApiError(422, 'INVALID', INVALID_DATE_MESSAGE, signedOn === null ? 'signedOn' : 'effectiveFrom'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(
        await contractApi.amend(contract.id, {
          signedOn,
          effectiveFrom,
          population: Number(population),
          populationVintage: Number(vintage),
          reason: reason.trim() || null,
        }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }
  const index = contract.amendments.length;
  const at = (name: string) => fieldError(error, name) ?? fieldError(error, `amendments[${index}].${name}`);
  const general = generalError(
    error,
    ['signedOn', 'effectiveFrom', 'population', 'populationVintage', 'reason'].flatMap((n) => [n, `amendments[${index}].${n}`]),
  );
  return (
    <AppModal opened={opened} onClose={onClose} title="Avenant de taille">
      <form onSubmit={submit} noValidate data-testid="amendment-form">
        <Stack gap="md">
          <Text size="sm">
            La nouvelle taille vaut pour les années de contrat qui commencent à partir de la date d'effet ; l'année en cours garde la
            sienne.
          </Text>
          {general ? <Alert color="red">{general}</Alert> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Avenant signé le" value={signedOn} onChange={setSignedOn} error={at('signedOn')} required />
            <DateField label="Prend effet le" value={effectiveFrom} onChange={setEffectiveFrom} error={at('effectiveFrom')} required />
            <NumberInput
              label="Nouvelle population"
              value={population}
              onChange={setPopulation}
              thousandSeparator=" "
              min={1}
              error={at('population')}
            />
            <NumberInput
              label="Millésime INSEE"
              value={vintage}
              onChange={setVintage}
              min={2000}
              max={2100}
              error={at('populationVintage')}
            />
          </SimpleGrid>
          <Textarea label="Motif" value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} />
          <FormActions onCancel={onClose} saving={saving} submitTestId="amendment-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
