import type { GroupUnits } from '@maillon/contracts';
import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { geoApi } from '../../../api/endpoints.ts';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { formatNumber } from '../../../lib/format.ts';

interface GroupAddersProps {
  region: string;
  /** Receives the units of the chosen EPCI or département. */
  onAdd: (group: GroupUnits, label: string) => void;
  onError: (error: unknown) => void;
}

interface GroupPickerProps {
  label: string;
  buttonLabel: string;
  data: { value: string; label: string }[];
  loading: boolean;
  onConfirm: (value: string, label: string) => Promise<void>;
  testId: string;
}

function GroupPicker({ label, buttonLabel, data, loading, onConfirm, testId }: GroupPickerProps) {
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    const option = data.find((item) => item.value === value);
    if (!option) return;
    setBusy(true);
    try {
      await onConfirm(option.value, option.label);
      setValue(null);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label={label}
        placeholder={loading ? 'Chargement…' : 'Choisir'}
        data={data}
        value={value}
        onChange={setValue}
        searchable
        nothingFoundMessage="Aucun résultat"
        style={{ flex: 1 }}
        data-testid={`${testId}-select`}
      />
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        disabled={!value}
        loading={busy}
        onClick={confirm}
        data-testid={`${testId}-add`}
      >
        {buttonLabel}
      </Button>
    </Group>
  );
}

/** "Ajouter un EPCI entier" and "Ajouter un département": add every unit of a group at once. */
export function GroupAdders({ region, onAdd, onError }: GroupAddersProps) {
  const epcis = useApiQuery(`epcis|${region}`, () => geoApi.epcis(region));
  const departements = useApiQuery(`departements|${region}`, () => geoApi.departements(region));

  const epciData = (epcis.data ?? []).map((epci) => ({
    value: epci.code,
    label: `${epci.name} — ${formatNumber(epci.unitCount)} communes, ${formatNumber(epci.population)} hab.`,
  }));
  const departementData = (departements.data ?? []).map((item) => ({
    value: item.code,
    label: `${item.name} (${item.code})`,
  }));

  async function addGroup(group: { epci: string } | { departement: string }, label: string) {
    try {
      onAdd(await geoApi.groupUnits(group), label);
    } catch (error) {
      onError(error);
    }
  }

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <GroupPicker
        label="Ajouter un EPCI entier"
        buttonLabel="Ajouter l'EPCI"
        data={epciData}
        loading={epcis.loading}
        onConfirm={(epci, label) => addGroup({ epci }, label)}
        testId="add-epci"
      />
      <GroupPicker
        label="Ajouter un département"
        buttonLabel="Ajouter le département"
        data={departementData}
        loading={departements.loading}
        onConfirm={(departement, label) => addGroup({ departement }, label)}
        testId="add-departement"
      />
    </SimpleGrid>
  );
}
