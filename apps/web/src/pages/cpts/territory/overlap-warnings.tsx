import type { OverlapWarningDto } from '@maillon/contracts';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatDate, formatInhabitants, plural } from '../../../lib/format.ts';

/** "Allos (04006) depuis le 22/11/2026". */
function sharedUnit(unit: OverlapWarningDto['units'][number]): string {
  return `${unit.name} (${unit.code})${unit.claimedSince ? ` depuis le ${formatDate(unit.claimedSince)}` : ''}`;
}

/**
 * Communes this territory shares with other CPTS: allowed, but a warning for both CPTS and
 * the ARS. The other CPTS is a link only for those who may open it.
 */
export function OverlapWarnings({ overlaps }: { overlaps: OverlapWarningDto[] }) {
  if (overlaps.length === 0) return null;
  return (
    <Stack gap="sm">
      {overlaps.map((overlap) => (
        <Alert
          key={`${overlap.cptsId ?? overlap.cptsName}:${overlap.unitCodes[0] ?? ''}`}
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={`Chevauchement avec ${overlap.cptsName}`}
          data-testid="territory-overlap"
        >
          <Text size="sm">
            {overlap.cptsId ? (
              <Anchor component={Link} to={`/cpts/${overlap.cptsId}`} size="sm" c="dark.9" underline="always">
                {overlap.cptsName}
              </Anchor>
            ) : (
              overlap.cptsName
            )}{' '}
            revendique aussi {plural(overlap.unitCodes.length, 'commune', 'communes')} de ce territoire (
            {formatInhabitants(overlap.population)}) : {overlap.units.map(sharedUnit).join(', ')}.
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
