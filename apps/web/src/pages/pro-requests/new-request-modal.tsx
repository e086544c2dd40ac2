import type { MyProRequestsDto, ProRequestDetailDto } from '@maillon/contracts';
import { PATIENT_AGE_BANDS, PRO_REQUEST_PROFESSIONS, PRO_REQUEST_URGENCY_LABELS, type ProRequestUrgency } from '@maillon/domain';
import { Alert, Button, Group, NativeSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { todayIso } from '../../lib/format.ts';
import { draftToInput, emptyDraft, isDirty, type ProRequestDraft, usualCandidates } from './pro-request-draft.ts';
import { proRequestsApi } from './pro-requests-api.ts';

const FIELDS = [
  'cptsId',
  'professionCode',
  'act',
  'unitCode',
  'wantedOn',
  'windowStart',
  'windowEnd',
  'urgency',
  'usualIdNatPs',
  'patient.initials',
  'patient.ageBand',
  'patient.sex',
  'patient.need',
] as const;

interface NewRequestModalProps {
  opened: boolean;
  mine: MyProRequestsDto;
  onClose: () => void;
  onPosted: (request: ProRequestDetailDto) => void;
}

/**
 * "Nouvelle demande" (issue #10 item 5): a professional posts a need to the CPTS. The patient
 * is described without identity (docs/reference/pro-requests.md §4); closing a form with edits
 * asks first.
 */
export function NewRequestModal({ opened, mine, onClose, onPosted }: NewRequestModalProps) {
  const [initial] = useState(() => emptyDraft(mine.cpts[0]?.id ?? '', todayIso()));
  const [draft, setDraft] = useState<ProRequestDraft>(initial);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [askDiscard, setAskDiscard] = useState(false);
  const cpts = mine.cpts.find((c) => c.id === draft.cptsId) ?? mine.cpts[0];
  const territory = useMemo(() => new Set(cpts?.communes.map((c) => c.code)), [cpts]);
  const usual = usualCandidates(cpts?.colleagues ?? [], draft.professionCode, mine.me.idNatPs);
  const set = <K extends keyof ProRequestDraft>(key: K, value: ProRequestDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (field: (typeof FIELDS)[number]) => fieldError(error, field);

  const close = () => {
    if (isDirty(draft, initial) && !askDiscard) setAskDiscard(true);
    else discard();
  };
  const discard = () => {
    setDraft(initial);
    setError(null);
    setAskDiscard(false);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = draftToInput(draft);
    if (!check.ok) {
      setError(new ApiError(422, 'INVALID', check.message, check.field));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const posted = await proRequestsApi.post(check.input);
      setDraft(initial);
      onPosted(posted);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, FIELDS);
  return (
    <AppModal opened={opened} onClose={close} title="Nouvelle demande à un professionnel" size="lg">
      <form onSubmit={submit} noValidate data-testid="new-request-form">
        <Stack gap="sm">
          {askDiscard ? (
            <Alert color="orange" title="Abandonner la saisie ?" role="alertdialog" icon={<IconAlertTriangle aria-hidden />}>
              <Text size="sm">La demande n’a pas été publiée : ce que vous avez saisi sera perdu.</Text>
              <Group mt="sm">
                <Button color="orange" onClick={discard}>
                  Abandonner la saisie
                </Button>
                <Button variant="default" onClick={() => setAskDiscard(false)}>
                  Continuer la saisie
                </Button>
              </Group>
            </Alert>
          ) : null}
          {mine.cpts.length > 1 ? (
            <NativeSelect
              label="CPTS"
              data={mine.cpts.map((c) => ({ value: c.id, label: c.name }))}
              value={draft.cptsId}
              onChange={(e) => setDraft((d) => ({ ...d, cptsId: e.currentTarget.value, unit: null, usualIdNatPs: null }))}
              error={err('cptsId')}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Profession recherchée"
              data={Object.entries(PRO_REQUEST_PROFESSIONS).map(([value, label]) => ({ value, label }))}
              value={draft.professionCode}
              onChange={(e) =>
                setDraft((d) => ({ ...d, professionCode: e.currentTarget.value as ProRequestDraft['professionCode'], usualIdNatPs: null }))
              }
              error={err('professionCode')}
            />
            <NativeSelect
              label="Urgence"
              data={Object.entries(PRO_REQUEST_URGENCY_LABELS).map(([value, label]) => ({ value, label }))}
              value={draft.urgency}
              onChange={(e) => set('urgency', e.currentTarget.value as ProRequestUrgency)}
              error={err('urgency')}
              description="La demande expire passé ce délai."
            />
          </SimpleGrid>
          <TextInput
            label="Acte ou besoin"
            placeholder="Ex. : visite à domicile pour un pansement"
            value={draft.act}
            onChange={(e) => set('act', e.currentTarget.value)}
            error={err('act')}
            required
          />
          <CommuneSearch
            label="Commune"
            description={draft.unit ? `Choisie : ${draft.unit.name} (${draft.unit.code})` : 'Une commune du territoire de la CPTS'}
            placeholder="Nom, code INSEE ou code postal"
            unavailable={(unit) => (territory.has(unit.code) ? null : 'hors du territoire de la CPTS')}
            onPick={(unit) => set('unit', { code: unit.code, name: unit.name })}
            error={err('unitCode')}
            testId="request-commune"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Jour souhaité" value={draft.wantedOn} onChange={(v) => set('wantedOn', v)} error={err('wantedOn')} />
            <TextInput
              type="time"
              label="À partir de"
              value={draft.windowStart}
              onChange={(e) => set('windowStart', e.currentTarget.value)}
              error={err('windowStart')}
            />
            <TextInput
              type="time"
              label="Jusqu’à"
              value={draft.windowEnd}
              onChange={(e) => set('windowEnd', e.currentTarget.value)}
              error={err('windowEnd')}
            />
          </SimpleGrid>
          <Select
            label="Professionnel habituel du patient (facultatif)"
            description="S’il est désigné, la demande lui est adressée d’abord, puis aux professionnels proches après un délai."
            placeholder={usual.length > 0 ? 'Nom ou numéro RPPS' : 'Aucun adhérent de cette profession'}
            data={usual}
            value={draft.usualIdNatPs}
            onChange={(value) => set('usualIdNatPs', value)}
            searchable
            clearable
            nothingFoundMessage="Aucun adhérent trouvé"
            error={err('usualIdNatPs')}
            comboboxProps={{ withinPortal: false }}
          />
          <Alert color="yellow" title="Patient : aucune donnée d’identité" icon={<IconAlertTriangle aria-hidden />}>
            N’écrivez ni le nom, ni le prénom, ni la date de naissance, ni l’adresse du patient : seulement ses initiales, sa tranche d’âge
            et le besoin en quelques mots. Vous transmettrez le reste directement au confrère qui acceptera.
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Initiales du patient"
              placeholder="Ex. : J.D."
              value={draft.initials}
              onChange={(e) => set('initials', e.currentTarget.value)}
              error={err('patient.initials')}
              required
            />
            <NativeSelect
              label="Tranche d’âge"
              data={[{ value: '', label: 'Choisir…' }, ...PATIENT_AGE_BANDS.map((b) => ({ value: b, label: `${b} ans` }))]}
              value={draft.ageBand}
              onChange={(e) => set('ageBand', e.currentTarget.value as ProRequestDraft['ageBand'])}
              error={err('patient.ageBand')}
              required
            />
            <NativeSelect
              label="Sexe"
              data={[
                { value: '', label: 'Non précisé' },
                { value: 'F', label: 'Femme' },
                { value: 'M', label: 'Homme' },
              ]}
              value={draft.sex}
              onChange={(e) => set('sex', e.currentTarget.value as ProRequestDraft['sex'])}
              error={err('patient.sex')}
            />
          </SimpleGrid>
          <TextInput
            label="Besoin du patient en quelques mots"
            placeholder="Ex. : pansement d’ulcère de jambe"
            value={draft.need}
            onChange={(e) => set('need', e.currentTarget.value)}
            error={err('patient.need')}
            required
          />
          {general ? <ErrorAlert error={error} title="Demande non publiée" /> : null}
          <FormActions onCancel={close} saving={saving} submitLabel="Publier la demande" submitTestId="post-request" />
        </Stack>
      </form>
    </AppModal>
  );
}
