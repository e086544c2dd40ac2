import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { DownloadButton } from '../diagnostic/download-button.tsx';
import { IndicatorsView } from './indicators-card.tsx';
import { mtMatchingApi } from './mt-matching-api.ts';

/** The ARS's and the CPAM's view of the waiting lists of a region: counts only, never a patient. */
export function RegionIndicatorsPage() {
  const { region = '' } = useParams();
  const query = useApiQuery(`mt-region|${region}`, () => mtMatchingApi.regionIndicators(region));
  return (
    <Stack gap="lg">
      <PageHeader title="Médecin traitant : listes d’attente" subtitle="Effectifs par CPTS (aucune donnée nominative)" />
      <DownloadButton
        label="Exporter les indicateurs de la région (CSV)"
        icon={<IconFileTypeCsv size={16} aria-hidden />}
        request={() => ({ url: mtMatchingApi.regionIndicatorsCsvUrl(region) })}
        testId="mt-region-indicators-csv"
      />
      <QueryView query={query} loadingLabel="Chargement des indicateurs…">
        {(data) =>
          data.items.length === 0 ? (
            <Text>Aucune CPTS de votre périmètre dans cette région.</Text>
          ) : (
            data.items.map((item) => (
              <Paper key={item.cptsId} component="section" withBorder p="md" radius="md" aria-labelledby={`region-mt-${item.cptsId}`}>
                <Title order={2} id={`region-mt-${item.cptsId}`} mb="sm">
                  {item.cptsName}
                </Title>
                <IndicatorsView data={item} />
              </Paper>
            ))
          )
        }
      </QueryView>
    </Stack>
  );
}
