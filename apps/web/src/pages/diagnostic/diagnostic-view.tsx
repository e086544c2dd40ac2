import type { DiagnosticDto } from '@maillon/contracts';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatDateTime } from '../../lib/format.ts';
import { LinesTable, ScopesTable } from './diagnostic-tables.tsx';

/** Sources and vintage; a warning while the directory has never been imported. */
export function DirectorySources({ sources }: { sources: DiagnosticDto['sources'] }) {
  if (!sources.directoryImported) {
    return (
      <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title="Annuaire non importé" data-testid="directory-missing">
        Les effectifs de professionnels et d'établissements apparaîtront après l'import des fichiers RPPS et FINESS. La population légale
        est déjà disponible ({sources.populationSource}).
      </Alert>
    );
  }
  return (
    <Text size="sm" c="dimmed" data-testid="directory-sources">
      {sources.imports.map((i) => `${i.label} : « ${i.sourceName} », importé le ${formatDateTime(i.finishedAt)}`).join(' · ')}. Population
      légale : {sources.populationSource}.
    </Text>
  );
}

/** The diagnostic's tables: scopes compared, professions, establishments (issue #3 point 6). */
export function DiagnosticView({ diagnostic, headingOrder = 2 }: { diagnostic: DiagnosticDto; headingOrder?: 2 | 3 }) {
  return (
    <Stack gap="lg">
      <DirectorySources sources={diagnostic.sources} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={headingOrder}>Population et périmètres comparés</Title>
          <ScopesTable diagnostic={diagnostic} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={headingOrder}>Professionnels de santé</Title>
          <Text size="sm">
            Professionnels exerçant dans le périmètre (au moins une activité), comptés une fois ; la médecine générale est distinguée des
            autres spécialités médicales. Les petits effectifs sont affichés tels quels : ce sont des données publiques du RPPS.
          </Text>
          <LinesTable
            diagnostic={diagnostic}
            caption="Professionnels de santé par profession, densité pour 10 000 habitants et écart du territoire"
            header="Profession"
            lines={diagnostic.professions}
            total={diagnostic.professionsTotal}
            testId="diagnostic-professions"
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={headingOrder}>Établissements</Title>
          <LinesTable
            diagnostic={diagnostic}
            caption="Établissements par type (FINESS), pour 10 000 habitants et écart du territoire"
            header="Type d'établissement"
            lines={diagnostic.establishments}
            total={diagnostic.establishmentsTotal}
            testId="diagnostic-establishments"
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
