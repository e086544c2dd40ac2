import type { TerritoryAssessmentDto } from '@maillon/contracts';
import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatInhabitants, formatNumber, plural } from '../../../lib/format.ts';
import { sizeRange, sizeShortLabel } from '../../../lib/size-category.ts';
import { OverlapWarnings } from './overlap-warnings.tsx';

type Contiguity = TerritoryAssessmentDto['contiguity'];

export function contiguityText(contiguity: Contiguity): string {
  switch (contiguity.status) {
    case 'contiguous':
      return "Territoire d'un seul tenant";
    case 'fragmented':
      return `Territoire en ${formatNumber(contiguity.parts ?? 2)} parties`;
    case 'empty':
      return 'Territoire vide';
    default: {
      const missing = contiguity.unitsWithoutShape?.length ?? 0;
      return missing > 0
        ? `Contiguïté inconnue : contours absents pour ${plural(missing, 'unité')}`
        : 'Contiguïté inconnue : contours des communes absents';
    }
  }
}

interface AssessmentSummaryProps {
  assessment: TerritoryAssessmentDto;
  /** Name of a unit for the warnings ("Manosque (04112)"). */
  describe: (code: string) => string;
  /** Whether the figures are a live preview of unsaved changes. */
  preview: boolean;
  loading: boolean;
}

interface FigureProps {
  label: string;
  value: string;
  testId: string;
  detail?: string;
}

function Figure({ label, value, testId, detail }: FigureProps) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="md" fw={700} data-testid={testId}>
        {value}
      </Text>
      {detail ? <Text size="xs">{detail}</Text> : null}
    </div>
  );
}

type TerritoryGroup = TerritoryAssessmentDto['departements'][number];

/** "Var (12 communes), Bouches-du-Rhône (3 communes)". */
function groupList(groups: readonly TerritoryGroup[]): string {
  return groups.map((g) => `${g.name} (${plural(g.unitCount, 'commune')})`).join(', ');
}

export function AssessmentSummary({ assessment, describe, preview, loading }: AssessmentSummaryProps) {
  const outside = assessment.unitsOutsideRegion;
  const detached = assessment.contiguity.detached ?? [];
  return (
    <Stack gap="sm" aria-live="polite">
      <Paper withBorder p="sm" radius="md" bg={preview ? 'yellow.0' : undefined}>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={700}>
            {preview ? 'Aperçu des modifications (non enregistrées)' : 'Territoire enregistré'}
          </Text>
          {loading ? (
            <Group gap={6} role="status">
              <Loader size={14} aria-hidden />
              <Text size="sm">Calcul en cours…</Text>
            </Group>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Figure label="Population" value={formatInhabitants(assessment.population)} testId="territory-population" />
          <Figure
            label="Taille"
            value={sizeShortLabel(assessment.sizeCategory)}
            detail={sizeRange(assessment.sizeCategory)}
            testId="territory-size"
          />
          <Figure label="Communes" value={formatNumber(assessment.unitCodes.length)} testId="territory-unit-count" />
          <Figure label="Contiguïté" value={contiguityText(assessment.contiguity)} testId="territory-contiguity" />
          <Figure
            label="Départements"
            value={formatNumber(assessment.departements.length)}
            detail={groupList(assessment.departements)}
            testId="territory-departements"
          />
          <Figure
            label="EPCI"
            value={formatNumber(assessment.epcis.length)}
            detail={groupList(assessment.epcis)}
            testId="territory-epcis"
          />
        </SimpleGrid>
      </Paper>
      {detached.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title="Communes détachées du reste du territoire"
          data-testid="territory-detached"
        >
          <Stack gap={4}>
            <Text size="sm">
              Le territoire n'est pas d'un seul tenant : {plural(detached.length, 'partie est séparée', 'parties sont séparées')} de sa
              partie principale.
            </Text>
            {detached.map((piece) => (
              <Text size="sm" key={piece.join(',')}>
                {piece.map(describe).join(', ')}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <OverlapWarnings overlaps={assessment.overlaps} />
      {outside.length > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Communes hors de la région" data-testid="territory-outside">
          <Text size="sm">
            {plural(outside.length, 'commune est située', 'communes sont situées')} hors de la région de la CPTS :{' '}
            {outside.map(describe).join(', ')}.
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
