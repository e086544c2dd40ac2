import { Button, Group, Select } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { cptsApi } from '../../api/endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

/** Opens the diagnostic of a CPTS the user can see (their own, or those of their region). */
export function CptsDiagnosticPicker({ region }: { region: string | null }) {
  const list = useApiQuery(`cpts-list|${region ?? ''}`, () => cptsApi.list(region));
  const [value, setValue] = useState<string | null>(null);
  const data = (list.data?.items ?? []).map((cpts) => ({ value: cpts.id, label: cpts.name }));
  return (
    <Group align="flex-end" gap="xs">
      <Select
        label="CPTS"
        placeholder={list.loading ? 'Chargement…' : 'Choisir une CPTS'}
        data={data}
        value={value}
        onChange={setValue}
        searchable
        nothingFoundMessage="Aucune CPTS"
        w={360}
        error={list.error ? 'Liste des CPTS indisponible.' : undefined}
        data-testid="diagnostic-cpts-select"
      />
      {value ? (
        <Button
          component={Link}
          to={`/cpts/${value}/diagnostic`}
          leftSection={<IconReportAnalytics size={16} aria-hidden />}
          data-testid="diagnostic-cpts-open"
        >
          Ouvrir son diagnostic
        </Button>
      ) : (
        // A real disabled button until a CPTS is chosen (a disabled link would stay focusable).
        <Button leftSection={<IconReportAnalytics size={16} aria-hidden />} disabled data-testid="diagnostic-cpts-open">
          Ouvrir son diagnostic
        </Button>
      )}
    </Group>
  );
}
