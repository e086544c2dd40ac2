import type { FoundSlotDto } from '@maillon/contracts';
import { CONSULTATION_TYPE_LABELS, formatDecimal } from '@maillon/domain';
import { Button, Table, Text } from '@mantine/core';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { formatDateTime } from '../../lib/format.ts';

const TIER_LABELS = {
  commune: 'même commune',
  epci: 'même intercommunalité',
  departement: 'même département',
  beyond: 'plus loin',
} as const;

/** Free slots found, earliest first then nearest; "Réserver" holds the slot and opens the patient form. */
export function SlotResults({ items, onBook, busy }: { items: FoundSlotDto[]; onBook: (slot: FoundSlotDto) => void; busy: string | null }) {
  if (items.length === 0) return <Text data-testid="no-slot">Aucun créneau libre pour cette recherche.</Text>;
  return (
    <Table striped data-testid="slot-results">
      <Table.Caption>{items.length} créneau(x) libre(s), par heure puis distance</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Heure</Table.Th>
          <Table.Th>Distance</Table.Th>
          <Table.Th>Professionnel et adresse</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>
            <span className="visually-hidden">Action</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.slotId} data-testid="slot-row">
            <Table.Td>{formatDateTime(s.startAt)}</Table.Td>
            <Table.Td>{s.distanceKm !== null ? `${formatDecimal(s.distanceKm)} km` : TIER_LABELS[s.tier]}</Table.Td>
            <Table.Td>
              {s.practitionerName} {s.isDemo ? <DemoBadge /> : null}
              <Text size="xs">{[s.address, s.communeName].filter(Boolean).join(', ')}</Text>
            </Table.Td>
            <Table.Td>{CONSULTATION_TYPE_LABELS[s.consultationType]}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                onClick={() => onBook(s)}
                loading={busy === s.slotId}
                aria-label={`Réserver le créneau du ${formatDateTime(s.startAt)} avec ${s.practitionerName}`}
              >
                Réserver
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
