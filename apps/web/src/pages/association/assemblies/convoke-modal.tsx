import type { AssemblyKindDto, MajorityRuleDto } from '@maillon/contracts';
import { ActionIcon, Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../../api/api-error.ts';
import { assembliesApi } from '../../../api/association-endpoints.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { INVALID_DATE_MESSAGE } from '../../../lib/dates.ts';
import { todayIso } from '../../../lib/format.ts';
import { ASSEMBLY_KIND_OPTIONS, MAJORITY_OPTIONS } from '../association-labels.ts';

interface ResolutionDraft {
  key: number;
  title: string;
  rule: MajorityRuleDto | '';
}

interface ConvokeModalProps {
  cptsId: string;
  opened: boolean;
  onClose: () => void;
  onConvened: (assemblyId: string) => void;
}

let nextKey = 1;
const draft = (title = ''): ResolutionDraft => ({ key: nextKey++, title, rule: '' });

/** Convenes an assembly: kind, date, place, agenda and resolutions; the voter list is frozen by the API. */
export function ConvokeModal({ cptsId, opened, onClose, onConvened }: ConvokeModalProps) {
  const [kind, setKind] = useState<AssemblyKindDto>('ordinary');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState<string | null>('');
  const [time, setTime] = useState('18:00');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('');
  const [resolutions, setResolutions] = useState<ResolutionDraft[]>([draft()]);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setTitle(`Assemblée générale ordinaire ${new Date().getFullYear()}`);
    setDay(todayIso());
    setAgenda('');
    setResolutions([draft("Approbation du rapport moral et d'activité")]);
    setError(null);
  }, [opened]);

  const setResolution = (key: number, changes: Partial<ResolutionDraft>) =>
    setResolutions((list) => list.map((r) => (r.key === key ? { ...r, ...changes } : r)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!day) {
      setError(new ApiError(422, 'INVALID', day === null ? INVALID_DATE_MESSAGE : 'La date est obligatoire.', 'scheduledAt'));
      return;
    }
    const at = new Date(`${day}T${time || '00:00'}:00`);
    if (Number.isNaN(at.getTime())) {
      setError(new ApiError(422, 'INVALID', 'Heure invalide.', 'scheduledAt'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const created = await assembliesApi.convoke(cptsId, {
        kind,
        title: title.trim(),
        scheduledAt: at.toISOString(),
        ...(location.trim() ? { location: location.trim() } : {}),
        agenda: agenda.trim(),
        resolutions: resolutions.map((r) => ({ title: r.title.trim(), ...(r.rule ? { majorityRule: r.rule } : {}) })),
      });
      onConvened(created.id);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const resolutionFields = resolutions.map((_, i) => `resolutions[${i}].title`);
  const general = generalError(error, ['kind', 'title', 'scheduledAt', 'location', 'agenda', 'resolutions', ...resolutionFields]);
  return (
    <AppModal opened={opened} onClose={onClose} title="Convoquer une assemblée générale" size="xl">
      <form onSubmit={handleSubmit} noValidate data-testid="convoke-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Convocation impossible">
              {general}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Nature"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as AssemblyKindDto)}
              data={ASSEMBLY_KIND_OPTIONS}
            />
            <TextInput
              label="Titre"
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(error, 'title')}
            />
            <DateField
              label="Date"
              required
              value={day}
              onChange={setDay}
              error={fieldError(error, 'scheduledAt')}
              data-testid="convoke-date"
            />
            <TextInput label="Heure" type="time" value={time} onChange={(e) => setTime(e.currentTarget.value)} />
          </SimpleGrid>
          <TextInput label="Lieu" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
          <Textarea
            label="Ordre du jour"
            required
            autosize
            minRows={3}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
            error={fieldError(error, 'agenda')}
            data-testid="convoke-agenda"
          />
          <Stack gap="xs">
            <Text fw={600} size="sm" id="resolutions-label">
              Résolutions soumises au vote
            </Text>
            {fieldError(error, 'resolutions') ? (
              <Text c="red.8" size="sm" role="alert">
                {fieldError(error, 'resolutions')}
              </Text>
            ) : null}
            {resolutions.map((r, i) => (
              <Group key={r.key} align="flex-end" gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Résolution n° ${i + 1}`}
                  value={r.title}
                  onChange={(e) => setResolution(r.key, { title: e.currentTarget.value })}
                  error={fieldError(error, `resolutions[${i}].title`)}
                  data-testid="resolution-title"
                />
                <NativeSelect
                  label="Majorité"
                  value={r.rule}
                  onChange={(e) => setResolution(r.key, { rule: e.currentTarget.value as MajorityRuleDto | '' })}
                  data={[{ value: '', label: 'Règle des statuts' }, ...MAJORITY_OPTIONS]}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => setResolutions((list) => list.filter((x) => x.key !== r.key))}
                  disabled={resolutions.length === 1}
                  aria-label={`Retirer la résolution n° ${i + 1}`}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setResolutions((l) => [...l, draft()])}
              w="fit-content"
            >
              Ajouter une résolution
            </Button>
          </Stack>
          <FormActions onCancel={onClose} saving={saving} submitLabel="Convoquer" submitTestId="convoke-submit" />
        </Stack>
      </form>
    </AppModal>
  );
}
