import { PATIENT_AGE_BANDS, SPECIALIST_KIND_LABELS, SPECIALIST_SPECIALTIES, SPECIALIST_TARGET_LABELS } from '@maillon/domain';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { specialistRequestsApi } from './specialist-requests-api.ts';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The physician's form: CPTS, specialty, consultation or opinion, target delay, pseudonymised patient (§1). */
export function SpecialistRequestForm({ cpts, onPosted }: { cpts: { id: string; name: string }[]; onPosted: () => void }) {
  const [cptsId, setCptsId] = useState<string | null>(cpts[0]?.id ?? null);
  const [specialtyCode, setSpecialty] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('consultation');
  const [target, setTarget] = useState<string | null>('d7');
  const [initials, setInitials] = useState('');
  const [ageBand, setAgeBand] = useState<string | null>(null);
  const [sex, setSex] = useState<string | null>(null);
  const [need, setNeed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ready = cptsId && specialtyCode && kind && target && ageBand && initials.trim() && need.trim().length >= 3;
  const submit = () => {
    setError(null);
    specialistRequestsApi
      .post({
        cptsId: cptsId ?? '',
        specialtyCode: specialtyCode ?? '',
        kind: kind as 'consultation' | 'opinion',
        target: target ?? '',
        patient: {
          initials: initials.trim(),
          ageBand: ageBand as (typeof PATIENT_AGE_BANDS)[number],
          sex: sex === 'F' || sex === 'M' ? sex : null,
          need: need.trim(),
        },
      })
      .then(
        () => {
          setInitials('');
          setNeed('');
          onPosted();
        },
        (e: unknown) => setError((e as Error).message),
      );
  };
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="ask-title">
      <Title order={2} id="ask-title" mb="sm">
        Demander un avis ou une consultation
      </Title>
      <Text size="sm" mb="sm">
        Le patient reste anonyme : ses initiales, sa tranche d’âge et la question suffisent. Jamais de nom ni de date de naissance.
      </Text>
      <Stack gap="sm">
        <Group grow align="start">
          <Select label="CPTS" data={cpts.map((c) => ({ value: c.id, label: c.name }))} value={cptsId} onChange={setCptsId} required />
          <Select label="Spécialité" data={options(SPECIALIST_SPECIALTIES)} value={specialtyCode} onChange={setSpecialty} required />
        </Group>
        <Group grow align="start">
          <Select label="Type de demande" data={options(SPECIALIST_KIND_LABELS)} value={kind} onChange={setKind} required />
          <Select label="Délai cible" data={options(SPECIALIST_TARGET_LABELS)} value={target} onChange={setTarget} required />
        </Group>
        <Group grow align="start">
          <TextInput
            label="Initiales du patient"
            description="Ex. « J.D. »"
            maxLength={8}
            value={initials}
            onChange={(e) => setInitials(e.currentTarget.value)}
            required
          />
          <Select
            label="Tranche d’âge"
            data={PATIENT_AGE_BANDS.map((b) => ({ value: b, label: `${b} ans` }))}
            value={ageBand}
            onChange={setAgeBand}
            required
          />
          <Select
            label="Sexe"
            data={[
              { value: 'F', label: 'Femme' },
              { value: 'M', label: 'Homme' },
            ]}
            value={sex}
            onChange={setSex}
            clearable
            placeholder="Non précisé"
          />
        </Group>
        <TextInput
          label="Question posée au spécialiste"
          maxLength={200}
          value={need}
          onChange={(e) => setNeed(e.currentTarget.value)}
          required
        />
        {error ? (
          <Text c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button disabled={!ready} onClick={submit}>
            Envoyer la demande
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
