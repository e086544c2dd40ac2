import type { CapacityDto, GpSelfDto } from '@maillon/contracts';
import { DISTANCE_TIER_LABELS, DISTANCE_TIERS, type DistanceTier } from '@maillon/domain';
import { Button, Checkbox, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { mtApi } from '../mt-requests/mt-api.ts';
import { mtMatchingApi } from './mt-matching-api.ts';

type Cpts = GpSelfDto['cpts'][number];

const orNull = (value: string | number) => (value === '' ? null : Number(value));

/** The GP's declaration to one CPTS: places now and per month, ages, area served, home visits. */
export function CapacityForm({ gp, cpts, onSaved }: { gp: GpSelfDto['gp']; cpts: Cpts; onSaved: (self: GpSelfDto) => void }) {
  const current: CapacityDto | null = cpts.capacity;
  const [practice, setPractice] = useState(current?.practiceUnitCode ?? gp.practices[0]?.unitCode ?? '');
  const [now, setNow] = useState<string | number>(current?.availableNow ?? 0);
  const [perMonth, setPerMonth] = useState<string | number>(current?.perMonth ?? 0);
  const [minAge, setMinAge] = useState<string | number>(current?.minAge ?? '');
  const [maxAge, setMaxAge] = useState<string | number>(current?.maxAge ?? '');
  const [distance, setDistance] = useState<string | number>(current?.maxDistanceKm ?? '');
  const [tier, setTier] = useState<DistanceTier>(current?.maxTier ?? 'departement');
  const [homeVisits, setHomeVisits] = useState(current?.homeVisits ?? false);
  // Empty selection = no list: the reach is then the distance or the tier (docs/reference/mt-matching.md).
  const [unitCodes, setUnitCodes] = useState<string[]>(current?.unitCodes ?? []);
  const [communes, setCommunes] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    mtApi
      .desk(cpts.id)
      .then((desk) => {
        if (live) setCommunes(desk.communes.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })));
      })
      .catch(setError);
    return () => {
      live = false;
    };
  }, [cpts.id]);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      onSaved(
        await mtMatchingApi.declare(cpts.id, {
          practiceUnitCode: practice,
          availableNow: Number(now),
          perMonth: Number(perMonth),
          unitCodes: unitCodes.length > 0 ? unitCodes : null,
          maxDistanceKm: orNull(distance),
          maxTier: tier,
          minAge: orNull(minAge),
          maxAge: orNull(maxAge),
          homeVisits,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const prefix = `capacity-${cpts.id}`;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${prefix}-title`} data-testid="capacity-form">
      <Title order={2} id={`${prefix}-title`} mb="xs">
        Ma capacité d’accueil déclarée à {cpts.name}
      </Title>
      <Text size="sm" mb="sm">
        Seule l’équipe de coordination de la CPTS voit ces chiffres : ni les autres médecins, ni l’ARS, ni le public.
        {current
          ? ` Déclaré le ${formatDateTime(current.declaredAt)} ; places restantes : ${current.remainingNow} maintenant, ${current.remainingThisMonth} ce mois-ci.`
          : ' Rien de déclaré pour l’instant.'}
      </Text>
      <Stack gap="sm">
        <Select
          label="Lieu d’exercice"
          data={gp.practices.map((p) => ({ value: p.unitCode, label: `${p.structureName ?? 'Cabinet'} — ${p.townLabel ?? p.unitCode}` }))}
          value={practice}
          onChange={(v) => setPractice(v ?? '')}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NumberInput label="Nouveaux patients que je peux accueillir maintenant" min={0} max={500} value={now} onChange={setNow} />
          <NumberInput label="Nouveaux patients par mois" min={0} max={500} value={perMonth} onChange={setPerMonth} />
          <NumberInput label="Âge minimal (vide : aucun)" min={0} max={120} value={minAge} onChange={setMinAge} />
          <NumberInput label="Âge maximal (vide : aucun)" min={0} max={120} value={maxAge} onChange={setMaxAge} />
          <NumberInput label="Distance maximale en km (vide : par périmètre)" min={1} max={200} value={distance} onChange={setDistance} />
          <Select
            label="Périmètre servi"
            data={DISTANCE_TIERS.map((t) => ({ value: t, label: DISTANCE_TIER_LABELS[t] }))}
            value={tier}
            onChange={(v) => setTier((v as DistanceTier | null) ?? 'departement')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <MultiSelect
          label="Communes servies (vide : toutes celles du périmètre)"
          description="Tapez le nom d’une commune pour la trouver ; seules les communes de la CPTS sont proposées."
          placeholder={unitCodes.length === 0 ? 'Toutes les communes du périmètre' : undefined}
          data={communes}
          value={unitCodes}
          onChange={setUnitCodes}
          searchable
          clearable
          nothingFoundMessage="Aucune commune de la CPTS ne correspond"
          data-testid="capacity-communes"
        />
        <Checkbox label="J’assure des visites à domicile" checked={homeVisits} onChange={(e) => setHomeVisits(e.currentTarget.checked)} />
        {error ? <ErrorAlert error={error} title="Déclaration refusée" /> : null}
        <Group>
          <Button onClick={save} loading={saving}>
            Enregistrer ma capacité
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
