import { Select } from '@mantine/core';
import { useApiQuery } from '../hooks/use-api-query.ts';
import { cachedRegions } from '../hooks/use-region-name.ts';
import { FRANCE } from '../session/roles.ts';

interface RegionSelectProps {
  value: string;
  onChange: (region: string) => void;
  /** Offer "France entière" (observatory of an admin). */
  withFrance?: boolean;
}

/** Region switcher for administrators. */
export function RegionSelect({ value, onChange, withFrance = false }: RegionSelectProps) {
  const regions = useApiQuery('regions', cachedRegions);
  const data = [
    ...(withFrance ? [{ value: FRANCE, label: 'France entière' }] : []),
    ...(regions.data ?? []).map((region) => ({ value: region.code, label: `${region.name} (${region.code})` })),
  ];
  return (
    <Select
      label="Région"
      data={data}
      value={value}
      onChange={(next) => {
        if (next) onChange(next);
      }}
      allowDeselect={false}
      searchable
      nothingFoundMessage="Aucune région"
      w={260}
      disabled={regions.loading && !regions.data}
      data-testid="region-select"
    />
  );
}
