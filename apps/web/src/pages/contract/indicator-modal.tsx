import type { IndicatorDto, IndicatorsViewDto } from '@maillon/contracts';
import { ActionIcon, Alert, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { assessmentApi, type IndicatorInputDto } from './assessment-api.ts';

type Tier = { threshold: number | ''; euros: number | '' };

const DIRECTIONS = [
  { value: 'higher', label: 'Plus haut, mieux c’est' },
  { value: 'lower', label: 'Plus bas, mieux c’est' },
];
const SOURCES = [
  { value: 'CPAM', label: 'CPAM' },
  { value: 'CPTS', label: 'CPTS' },
  { value: 'Maillon', label: 'Maillon (calculé)' },
];

const num = (value: string | number): number | '' => (value === '' ? '' : Number(value));

/** Adds or edits an indicator line: mission, unit, direction, baseline, tiers (threshold → €), source, evidence expected. */
export function IndicatorModal(props: {
  contractId: string;
  view: IndicatorsViewDto;
  /** `null`: a new line; `undefined`: closed. */
  editing: IndicatorDto | null | undefined;
  onClose: () => void;
  onSaved: (view: IndicatorsViewDto) => void;
}) {
  const { contractId, view, editing, onClose, onSaved } = props;
  const [mission, setMission] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<string | null>('higher');
  const [baseline, setBaseline] = useState<number | ''>('');
  const [tiers, setTiers] = useState<Tier[]>([{ threshold: '', euros: '' }]);
  const [dataSource, setDataSource] = useState<string | null>('CPTS');
  const [metric, setMetric] = useState<string | null>(null);
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (editing === undefined) return;
    setMission(editing?.mission ?? view.missions[0]?.mission ?? null);
    setLabel(editing?.label ?? '');
    setUnit(editing?.unit ?? '');
    setDirection(editing?.direction ?? 'higher');
    setBaseline(editing?.baseline ?? '');
    setTiers(editing ? editing.tiers.map((t) => ({ threshold: t.threshold, euros: t.amountCents / 100 })) : [{ threshold: '', euros: '' }]);
    setDataSource(editing?.dataSource ?? 'CPTS');
    setMetric(editing?.metric ?? null);
    setEvidence(editing?.evidence.join('\n') ?? '');
    setError(null);
  }, [editing, view.missions]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    const body = {
      mission,
      label,
      unit,
      direction,
      baseline: baseline === '' ? null : baseline,
      tiers: tiers.map((t) => ({ threshold: t.threshold, amountCents: t.euros === '' ? 0 : Math.round(t.euros * 100) })),
      dataSource,
      metric: dataSource === 'Maillon' ? metric : null,
      evidence: evidence
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    } as IndicatorInputDto;
    try {
      onSaved(
        editing ? await assessmentApi.updateIndicator(contractId, editing.id, body) : await assessmentApi.addIndicator(contractId, body),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const tierFields = tiers.flatMap((_, i) => [`tiers[${i}].threshold`, `tiers[${i}].amountCents`]);
  const fields = ['mission', 'label', 'unit', 'direction', 'baseline', 'tiers', 'dataSource', 'metric', ...tierFields];
  const general = generalError(error, fields);
  return (
    <AppModal
      opened={editing !== undefined}
      onClose={onClose}
      title={editing ? `Indicateur : ${editing.label}` : 'Nouvel indicateur'}
      size="lg"
    >
      <form onSubmit={submit} noValidate data-testid="indicator-form">
        <Stack gap="sm">
          {general ? <Alert color="red">{general}</Alert> : null}
          <Select
            label="Mission"
            data={view.missions.map((m) => ({ value: m.mission, label: m.label }))}
            value={mission}
            onChange={setMission}
            error={fieldError(error, 'mission')}
            allowDeselect={false}
            required
          />
          <TextInput
            label="Libellé"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={fieldError(error, 'label')}
            required
            data-testid="indicator-label"
          />
          <Group grow align="flex-start">
            <TextInput
              label="Unité"
              description="patients, %, réunions, ou « oui/non »"
              value={unit}
              onChange={(e) => setUnit(e.currentTarget.value)}
              error={fieldError(error, 'unit')}
              required
              data-testid="indicator-unit"
            />
            <Select
              label="Sens"
              data={DIRECTIONS}
              value={direction}
              onChange={setDirection}
              allowDeselect={false}
              error={fieldError(error, 'direction')}
            />
            <NumberInput
              label="Valeur de départ"
              value={baseline}
              onChange={(v) => setBaseline(num(v))}
              decimalSeparator=","
              thousandSeparator=" "
              error={fieldError(error, 'baseline')}
            />
          </Group>
          <Text size="sm" fw={600}>
            Paliers, du premier (socle) à l’objectif
          </Text>
          {tiers.map((tier, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tiers are positional (palier 1, 2, 3).
            <Group key={index} align="flex-end" wrap="nowrap">
              <NumberInput
                label={`Seuil du palier ${index + 1}`}
                value={tier.threshold}
                onChange={(v) => setTiers(tiers.map((t, i) => (i === index ? { ...t, threshold: num(v) } : t)))}
                decimalSeparator=","
                thousandSeparator=" "
                error={fieldError(error, `tiers[${index}].threshold`)}
                data-testid={`tier-threshold-${index}`}
              />
              <NumberInput
                label={`Montant du palier ${index + 1} (€)`}
                value={tier.euros}
                onChange={(v) => setTiers(tiers.map((t, i) => (i === index ? { ...t, euros: num(v) } : t)))}
                decimalSeparator=","
                thousandSeparator=" "
                decimalScale={2}
                min={0}
                error={fieldError(error, `tiers[${index}].amountCents`)}
                data-testid={`tier-amount-${index}`}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Retirer le palier ${index + 1}`}
                disabled={tiers.length === 1}
                onClick={() => setTiers(tiers.filter((_, i) => i !== index))}
                mb={4}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {fieldError(error, 'tiers') ? (
            <Text c="red" size="sm">
              {fieldError(error, 'tiers')}
            </Text>
          ) : null}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() => setTiers([...tiers, { threshold: '', euros: '' }])}
            disabled={tiers.length >= 10}
          >
            Ajouter un palier
          </Button>
          <Group grow align="flex-start">
            <Select
              label="Source de la valeur"
              data={SOURCES}
              value={dataSource}
              onChange={setDataSource}
              allowDeselect={false}
              error={fieldError(error, 'dataSource')}
            />
            {dataSource === 'Maillon' ? (
              <Select
                label="Calcul Maillon"
                data={view.metrics.map((m) => ({ value: m.metric, label: m.label }))}
                value={metric}
                onChange={setMetric}
                error={fieldError(error, 'metric')}
                placeholder="Choisir ce que Maillon compte"
              />
            ) : null}
          </Group>
          <Textarea
            label="Justificatifs attendus"
            description="Un par ligne"
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <FormActions onCancel={onClose} saving={saving} submitTestId="indicator-save" />
        </Stack>
      </form>
    </AppModal>
  );
}
