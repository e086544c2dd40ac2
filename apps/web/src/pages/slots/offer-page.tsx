import { CONSULTATION_TYPES, SLOT_CHANNELS } from '@maillon/domain';
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { CONSULTATION_TYPE_LABELS, slotDay } from './slot-labels.ts';
import { addDays, mondayOf, slotsApi } from './slots-api.ts';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', timeZone: 'Europe/Paris' });

/** The CPTS's slot offer (issue #10 item 1): counts per day, channel and type, never who. */
export function OfferPage() {
  const { id = '' } = useParams();
  const [from, setFrom] = useState(mondayOf(today()));
  const query = useApiQuery(`slots-offer-${id}-${from}`, () => slotsApi.offer(id, from, 14));
  return (
    <Stack gap="lg">
      <PageHeader title="Offre de créneaux" subtitle="Créneaux publiés par les professionnels du territoire, en nombres" />
      <Group>
        <Button variant="default" size="xs" onClick={() => setFrom(addDays(from, -14))}>
          Quinzaine précédente
        </Button>
        <Button variant="default" size="xs" onClick={() => setFrom(addDays(from, 14))}>
          Quinzaine suivante
        </Button>
      </Group>
      <QueryView query={query} notFoundMessage="CPTS introuvable">
        {(data) => (
          <Paper withBorder p="md" radius="md">
            <Text size="sm" mb="sm">
              Un créneau ouvert à plusieurs canaux compte une fois dans chacun. Les créneaux retirés ne sont pas comptés.
            </Text>
            <Table striped withTableBorder data-testid="offer-table">
              <Table.Caption>Créneaux par jour, du {slotDay(data.from)}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Jour</Table.Th>
                  <Table.Th scope="col">Total</Table.Th>
                  <Table.Th scope="col">Libres</Table.Th>
                  <Table.Th scope="col">Réservés</Table.Th>
                  {SLOT_CHANNELS.map((c) => (
                    <Table.Th key={c} scope="col">
                      {c}
                    </Table.Th>
                  ))}
                  {CONSULTATION_TYPES.map((t) => (
                    <Table.Th key={t} scope="col">
                      {CONSULTATION_TYPE_LABELS[t]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.days.map((d) => (
                  <Table.Tr key={d.day}>
                    <Table.Th scope="row">
                      {weekday.format(new Date(`${d.day}T12:00:00Z`))} {slotDay(d.day)}
                    </Table.Th>
                    <Table.Td>{d.total}</Table.Td>
                    <Table.Td>{d.free}</Table.Td>
                    <Table.Td>{d.booked}</Table.Td>
                    {SLOT_CHANNELS.map((c) => (
                      <Table.Td key={c}>{d.byChannel[c] ?? 0}</Table.Td>
                    ))}
                    {CONSULTATION_TYPES.map((t) => (
                      <Table.Td key={t}>{d.byType[t] ?? 0}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryView>
    </Stack>
  );
}
