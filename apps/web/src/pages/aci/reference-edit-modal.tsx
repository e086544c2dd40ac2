import type { AciReferenceDto } from '@maillon/contracts';
import { VALUE_STATUS_LABELS, VALUE_STATUSES } from '@maillon/domain';
import { Alert, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { aciReferenceApi, type ReferenceEdit } from './aci-reference-api.ts';

export interface EditTarget {
  key: ReferenceEdit['key'];
  label: string;
  /** Cents for an amount, null when unknown. */
  cents: number | null;
  status: ReferenceEdit['status'];
  source: { url: string | null; citation: string };
}

/** The admin sets an amount not confirmed by the texts, with its status and its source. */
export function ReferenceEditModal(props: { target: EditTarget | null; onClose: () => void; onSaved: (r: AciReferenceDto) => void }) {
  const { target, onClose, onSaved } = props;
  const [euros, setEuros] = useState<number | string>('');
  const [status, setStatus] = useState<string | null>('reported');
  const [url, setUrl] = useState('');
  const [citation, setCitation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!target) return;
    setEuros(target.cents === null ? '' : target.cents / 100);
    setStatus(target.status);
    setUrl(target.source.url ?? '');
    setCitation(target.source.citation);
    setError(null);
  }, [target]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    setSaving(true);
    setError(null);
    try {
      const value = euros === '' ? null : Math.round(Number(euros) * 100);
      onSaved(
        await aciReferenceApi.edit({
          key: target.key,
          value,
          status: (status ?? 'reported') as ReferenceEdit['status'],
          source: { url: url.trim() || null, citation: citation.trim() },
        }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }
  const general = generalError(error, ['value', 'status', 'source.url', 'source.citation']);
  return (
    <AppModal opened={target !== null} onClose={onClose} title="Modifier une valeur du référentiel">
      <form onSubmit={submit} noValidate data-testid="reference-edit-form">
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {target?.label}
          </Text>
          <Text size="sm">La modification est conservée avec votre nom et sa date ; les contrats la prennent en compte aussitôt.</Text>
          {general ? <Alert color="red">{general}</Alert> : null}
          <NumberInput
            label="Montant annuel (€)"
            description="Laissez vide si le montant n'est pas connu"
            value={euros}
            onChange={setEuros}
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            decimalSeparator=","
            error={fieldError(error, 'value')}
            data-testid="reference-value"
          />
          <Select
            label="Statut"
            data={VALUE_STATUSES.filter((s) => s !== 'confirmed').map((s) => ({ value: s, label: VALUE_STATUS_LABELS[s] }))}
            value={status}
            onChange={setStatus}
            allowDeselect={false}
            error={fieldError(error, 'status')}
          />
          <Textarea
            label="Source (texte, contrat, article…)"
            value={citation}
            onChange={(e) => setCitation(e.currentTarget.value)}
            required
            error={fieldError(error, 'source.citation')}
            autosize
            minRows={2}
            data-testid="reference-citation"
          />
          <TextInput
            label="Adresse de la source (facultatif)"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError(error, 'source.url')}
          />
          <FormActions onCancel={onClose} saving={saving} submitTestId="reference-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
