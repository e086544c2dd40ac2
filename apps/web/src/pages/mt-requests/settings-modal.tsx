import type { ClientOutput, endpoints } from '@maillon/contracts';
import { PRIORITY_CRITERIA, PRIORITY_CRITERION_LABELS, type PriorityCriterion, type PriorityRule } from '@maillon/domain';
import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { LoadingBlock } from '../../components/loading-block.tsx';
import { mtApi } from './mt-api.ts';

type Settings = ClientOutput<typeof endpoints.mtRequests.settings>;
const CRITERIA = PRIORITY_CRITERIA.map((c) => ({ value: c, label: PRIORITY_CRITERION_LABELS[c] }));

function slug(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'groupe';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}

function RuleEditor({ rule, onChange, error }: { rule: PriorityRule; onChange: (rule: PriorityRule) => void; error: unknown }) {
  const groupError = (i: number) => (isApiError(error) && error.field?.startsWith(`groups[${i}]`) ? error.message : undefined);
  const move = (i: number, by: number) => {
    const groups = [...rule.groups];
    const [g] = groups.splice(i, 1);
    if (g) groups.splice(i + by, 0, g);
    onChange({ ...rule, groups });
  };
  const factor = (c: PriorityCriterion) => rule.factors.find((f) => f.criterion === c);
  return (
    <Stack gap="md">
      <Fieldset legend="Groupes, du plus prioritaire au moins prioritaire">
        <Stack gap="xs">
          <Text size="sm">
            Une demande va dans le premier groupe dont elle remplit tous les critères. Le dernier groupe n'a aucun critère et accueille
            toutes les autres.
          </Text>
          {rule.groups.map((g, i) => (
            <Group key={g.id} align="flex-end" wrap="nowrap">
              <TextInput
                label={`Groupe ${i + 1}`}
                value={g.label}
                maxLength={80}
                onChange={(e) =>
                  onChange({ ...rule, groups: rule.groups.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)) })
                }
                error={groupError(i)}
                style={{ flex: 1 }}
              />
              <MultiSelect
                label="Critères exigés"
                data={CRITERIA}
                value={g.requires}
                onChange={(v) =>
                  onChange({ ...rule, groups: rule.groups.map((x, j) => (j === i ? { ...x, requires: v as PriorityCriterion[] } : x)) })
                }
                style={{ flex: 1 }}
                placeholder={g.requires.length === 0 ? 'Aucun (tous)' : undefined}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Monter le groupe ${i + 1}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Descendre le groupe ${i + 1}`}
                disabled={i === rule.groups.length - 1}
                onClick={() => move(i, 1)}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Supprimer le groupe ${i + 1}`}
                disabled={rule.groups.length === 1}
                onClick={() => onChange({ ...rule, groups: rule.groups.filter((_, j) => j !== i) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                onChange({
                  ...rule,
                  groups: [
                    {
                      id: slug(
                        'nouveau groupe',
                        rule.groups.map((g) => g.id),
                      ),
                      label: 'Nouveau groupe',
                      requires: ['ald'],
                    },
                    ...rule.groups,
                  ],
                })
              }
            >
              Ajouter un groupe en tête
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend="Facteurs (points ajoutés au sein d'un groupe)">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {PRIORITY_CRITERIA.map((c) => {
            const f = factor(c);
            return (
              <Group key={c} align="flex-end">
                <Checkbox
                  label={PRIORITY_CRITERION_LABELS[c]}
                  checked={Boolean(f)}
                  onChange={(e) =>
                    onChange({
                      ...rule,
                      factors: e.currentTarget.checked
                        ? [...rule.factors, { criterion: c, points: 10 }]
                        : rule.factors.filter((x) => x.criterion !== c),
                    })
                  }
                />
                {f ? (
                  <NumberInput
                    label={`Points (${PRIORITY_CRITERION_LABELS[c]})`}
                    min={1}
                    max={100}
                    value={f.points}
                    onChange={(v) =>
                      onChange({ ...rule, factors: rule.factors.map((x) => (x.criterion === c ? { ...x, points: Number(v) || 0 } : x)) })
                    }
                    w={140}
                  />
                ) : null}
              </Group>
            );
          })}
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Âge à partir duquel on est « senior »"
          min={50}
          max={100}
          value={rule.seniorAge}
          onChange={(v) => onChange({ ...rule, seniorAge: Number(v) || 0 })}
        />
        <NumberInput
          label="Enfant : moins de (ans)"
          min={1}
          max={18}
          value={rule.childUnderAge}
          onChange={(v) => onChange({ ...rule, childUnderAge: Number(v) || 0 })}
        />
        <NumberInput
          label="Perte récente du médecin : moins de (mois)"
          min={1}
          max={60}
          value={rule.recentGpLossMonths}
          onChange={(v) => onChange({ ...rule, recentGpLossMonths: Number(v) || 0 })}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Per-CPTS priority rule (checked by the API with `checkPriorityRule`), response time and retention. */
export function SettingsModal({
  opened,
  cptsId,
  onClose,
  onSaved,
}: {
  opened: boolean;
  cptsId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setError(null);
    mtApi.settings(cptsId).then(setSettings, setError);
  }, [opened, cptsId]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setSaving(true);
    setError(null);
    try {
      setSettings(
        await mtApi.saveSettings(cptsId, {
          priorityRule: settings.priorityRule,
          responseDays: settings.responseDays,
          retentionMonths: settings.retentionMonths,
        }),
      );
      onSaved();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  };
  const fieldMessage = (field: string) => (isApiError(error) && error.field === field ? errorMessage(error) : undefined);
  return (
    <AppModal opened={opened} onClose={onClose} title="Règle de priorité et réglages" size="xl">
      {settings ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <RuleEditor
              rule={settings.priorityRule}
              onChange={(priorityRule) => setSettings({ ...settings, priorityRule })}
              error={error}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Délai de réponse promis (jours)"
                min={1}
                max={365}
                value={settings.responseDays}
                onChange={(v) => setSettings({ ...settings, responseDays: Number(v) || 0 })}
                error={fieldMessage('responseDays')}
              />
              <NumberInput
                label="Conservation après clôture (mois)"
                description="Les demandes closes sont ensuite effacées automatiquement."
                min={1}
                max={60}
                value={settings.retentionMonths}
                onChange={(v) => setSettings({ ...settings, retentionMonths: Number(v) || 0 })}
                error={fieldMessage('retentionMonths')}
              />
            </SimpleGrid>
            {error && !fieldMessage('responseDays') && !fieldMessage('retentionMonths') ? (
              <ErrorAlert error={error} title="Règle refusée" />
            ) : null}
            <FormActions onCancel={onClose} saving={saving} />
          </Stack>
        </form>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <LoadingBlock />
      )}
    </AppModal>
  );
}
