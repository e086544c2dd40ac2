import type { RotaDto } from '@maillon/contracts';
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ConfirmModal } from './confirm-modal.tsx';
import { slotDay, slotTime, slotWhen } from './slot-labels.ts';
import { addDays, mondayOf, slotsApi } from './slots-api.ts';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'Europe/Paris' });

function ShiftForm({ cptsId, rota, onAdded }: { cptsId: string; rota: RotaDto; onAdded: () => void }) {
  const [idNatPs, setIdNatPs] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(rota.week);
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('20:00');
  const [error, setError] = useState<unknown>(null);
  const add = async () => {
    setError(null);
    try {
      await slotsApi.addShift(cptsId, { idNatPs: idNatPs ?? '', date: date ?? '', startTime: start, endTime: end });
      onAdded();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="shift-title">
      <Title order={2} id="shift-title" mb="sm">
        Ajouter une garde
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Select
          label="Médecin de garde"
          searchable
          data={rota.candidates.map((c) => ({ value: c.idNatPs, label: c.displayName }))}
          value={idNatPs}
          onChange={setIdNatPs}
          nothingFoundMessage="Aucun médecin généraliste du territoire"
        />
        <DateField label="Jour" value={date} onChange={setDate} />
        <TextInput label="Début (heure de Paris)" type="time" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        <TextInput label="Fin (heure de Paris)" type="time" value={end} onChange={(e) => setEnd(e.currentTarget.value)} />
      </SimpleGrid>
      {error ? <ErrorAlert error={error} title="Garde refusée" /> : null}
      <Button mt="sm" onClick={() => void add()}>
        Ajouter la garde
      </Button>
    </Paper>
  );
}

/** The CPTS rota (issue #10 item 1, docs/reference/slots.md §5): shifts and uncovered SNP hours. */
export function RotaPage() {
  const { id = '' } = useParams();
  const [week, setWeek] = useState(mondayOf(today()));
  const query = useApiQuery(`rota-${id}-${week}`, () => slotsApi.rota(id, week));
  const [removing, setRemoving] = useState<RotaDto['shifts'][number] | null>(null);
  const remove = async () => {
    if (!removing) return;
    await slotsApi.removeShift(id, removing.id);
    setRemoving(null);
    query.reload();
  };
  return (
    <Stack gap="lg">
      <PageHeader title="Tableau de garde" subtitle="Médecins de garde pour les soins non programmés, et heures non couvertes" />
      <Group>
        <Button variant="default" size="xs" onClick={() => setWeek(addDays(week, -7))}>
          Semaine précédente
        </Button>
        <Text fw={600}>Semaine du {slotDay(week)}</Text>
        <Button variant="default" size="xs" onClick={() => setWeek(addDays(week, 7))}>
          Semaine suivante
        </Button>
      </Group>
      <QueryView query={query} notFoundMessage="CPTS introuvable">
        {(rota) => (
          <>
            <Text size="sm">{rota.snpHours} (heure de Paris).</Text>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="gaps-title">
              <Title order={2} id="gaps-title" mb="xs">
                Heures non couvertes
              </Title>
              {rota.gaps.length === 0 ? (
                <Text>Toutes les heures SNP de la semaine ont un médecin de garde.</Text>
              ) : (
                <Stack gap={4} data-testid="rota-gaps">
                  {rota.gaps.map((g) => (
                    <Group key={g.startAt} gap="xs">
                      <Badge color="red" variant="filled">
                        Non couvert
                      </Badge>
                      <Text>
                        {weekday.format(new Date(g.startAt))} {slotWhen(g.startAt, g.endAt)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </Paper>
            <Paper component="section" withBorder p="md" radius="md" aria-labelledby="shifts-title">
              <Title order={2} id="shifts-title" mb="xs">
                Gardes de la semaine
              </Title>
              {rota.shifts.length === 0 ? <Text>Aucune garde cette semaine.</Text> : null}
              {rota.shifts.length > 0 ? (
                <Table withTableBorder data-testid="rota-shifts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Jour</Table.Th>
                      <Table.Th scope="col">Horaire</Table.Th>
                      <Table.Th scope="col">Médecin</Table.Th>
                      <Table.Th scope="col">Action</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rota.shifts.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          {weekday.format(new Date(s.startAt))} {slotDay(s.startAt)}
                        </Table.Td>
                        <Table.Td>
                          {slotTime(s.startAt)}–{slotTime(s.endAt)}
                        </Table.Td>
                        <Table.Td>
                          {s.displayName}{' '}
                          {s.isDemo ? (
                            <Badge color="orange" variant="light" size="sm">
                              démo
                            </Badge>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Button size="xs" color="red" variant="light" onClick={() => setRemoving(s)}>
                            Retirer
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </Paper>
            <ShiftForm key={rota.week} cptsId={id} rota={rota} onAdded={query.reload} />
            <ConfirmModal
              opened={removing !== null}
              title="Retirer une garde"
              confirmLabel="Retirer la garde"
              onConfirm={() => void remove()}
              onClose={() => setRemoving(null)}
            >
              {removing
                ? `La garde de ${removing.displayName} (${slotWhen(removing.startAt, removing.endAt)}) sera retirée du tableau.`
                : null}
            </ConfirmModal>
          </>
        )}
      </QueryView>
    </Stack>
  );
}
