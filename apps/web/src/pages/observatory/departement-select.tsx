import { Select } from '@mantine/core';
import { geoApi } from '../../api/endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

interface DepartementSelectProps {
  region: string;
  value: string | null;
  onChange: (departement: string | null) => void;
}

const ALL = 'all';

/** Narrows the observatory to one département of the region. */
export function DepartementSelect({ region, value, onChange }: DepartementSelectProps) {
  const departements = useApiQuery(`departements|${region}`, () => geoApi.departements(region));
  const data = [
    { value: ALL, label: 'Tous les départements' },
    ...(departements.data ?? []).map((item) => ({ value: item.code, label: `${item.name} (${item.code})` })),
  ];
  return (
    <Select
      label="Département"
      data={data}
      value={value ?? ALL}
      onChange={(next) => onChange(next && next !== ALL ? next : null)}
      allowDeselect={false}
      w={260}
      data-testid="departement-select"
    />
  );
}
