import { Anchor, CloseButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { StageBadge } from '../components/stage-badge.tsx';
import { formatInhabitants, formatNumber, plural } from '../lib/format.ts';
import { LEVEL_LABELS } from './map-colors.ts';
import type { UnitInfo } from './map-model.ts';

interface UnitDetailPanelProps {
  unit: UnitInfo | null;
  onClose: () => void;
}

/** Details of the unit clicked on the map, from data already loaded. */
export function UnitDetailPanel({ unit, onClose }: UnitDetailPanelProps) {
  return (
    <Paper withBorder p="md" radius="md" aria-live="polite" data-testid="map-detail-panel">
      {unit ? (
        <UnitDetails unit={unit} onClose={onClose} />
      ) : (
        <Text size="sm">Cliquez sur une commune de la carte ou choisissez-la dans la liste pour afficher le détail de sa couverture.</Text>
      )}
    </Paper>
  );
}

function UnitDetails({ unit, onClose }: { unit: UnitInfo; onClose: () => void }) {
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3}>Commune {unit.code}</Title>
        <CloseButton onClick={onClose} aria-label="Fermer le détail de la commune" />
      </Group>
      <Text size="sm">
        <strong>Couverture :</strong> {unit.level === null ? 'inconnue' : LEVEL_LABELS[unit.level]}
      </Text>
      {unit.cpts.length > 0 ? (
        <div>
          <Text size="sm" fw={700}>
            CPTS couvrant la commune
          </Text>
          <List size="sm" spacing={6}>
            {unit.cpts.map((cpts) => (
              <List.Item key={cpts.id}>
                <Anchor component={Link} to={`/cpts/${cpts.id}`} size="sm">
                  {cpts.name}
                </Anchor>{' '}
                <StageBadge stage={cpts.stage} size="sm" />
                <Text size="xs">{formatInhabitants(cpts.population)}</Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {unit.otherCptsIds.length > 0 ? (
        <Text size="sm">{plural(unit.otherCptsIds.length, 'autre CPTS', 'autres CPTS')} hors du périmètre affiché.</Text>
      ) : null}
      {unit.whiteZone ? (
        <Text size="sm">
          <strong>Zone blanche :</strong> {unit.whiteZone.label} — {formatInhabitants(unit.whiteZone.population)},{' '}
          {plural(unit.whiteZone.unitCodes.length, 'commune')}
        </Text>
      ) : null}
      {unit.overlaps.length > 0 || unit.cpts.length > 1 ? (
        <Text size="sm" c="pink.9">
          <strong>Chevauchement :</strong> la commune est revendiquée par{' '}
          {formatNumber(Math.max(unit.cpts.length + unit.otherCptsIds.length, 2))} CPTS.
        </Text>
      ) : null}
    </Stack>
  );
}
