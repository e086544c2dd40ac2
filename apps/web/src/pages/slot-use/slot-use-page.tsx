import type { SlotUseDto } from '@maillon/contracts';
import { SLOT_CHANNEL_LABELS } from '@maillon/domain';
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber } from '../../lib/format.ts';
import { regulationApi } from '../regulation/regulation-api.ts';
import { SlotUseChart } from './slot-use-chart.tsx';

const COLUMNS = [
  ['offered', 'Proposés'],
  ['booked', 'Réservés'],
  ['honoured', 'Honorés'],
  ['noshow', 'Absences'],
  ['cancelled', 'Annulés'],
] as const;

type Counts = SlotUseDto['total'];

function CountsRow({ counts }: { counts: Counts }) {
  return COLUMNS.map(([key]) => <Table.Td key={key}>{formatNumber(counts[key])}</Table.Td>);
}

function SlotUseView({ use, cptsId }: { use: SlotUseDto; cptsId: string }) {
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="slot-use-total">
        {COLUMNS.map(([key, label]) => (
          <Card withBorder key={key}>
            <Text size="sm">{label}</Text>
            <Text size="xl" fw={700} data-testid={`total-${key}`}>
              {formatNumber(use.total[key])}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text>
        Indicateurs d’accès aux soins du contrat : {formatNumber(use.indicators.snpSlotsOffered)} créneaux SNP proposés,{' '}
        {formatNumber(use.indicators.snpBookingsHonoured)} rendez-vous SNP honorés.
      </Text>
      <SlotUseChart days={use.byDay} />
      <Group>
        <Anchor href={regulationApi.slotUseCsvUrl(cptsId, { from: use.from, to: use.to })} download>
          Télécharger le détail (CSV)
        </Anchor>
      </Group>
      <Title order={2} size="h3">
        Par canal
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Canal</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key}>{label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {use.byChannel.map((c) => (
            <Table.Tr key={c.channel}>
              <Table.Td>{SLOT_CHANNEL_LABELS[c.channel]}</Table.Td>
              <CountsRow counts={c} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h3">
        Par professionnel
      </Title>
      <Table striped data-testid="slot-use-practitioners">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Professionnel</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key}>{label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {use.byPractitioner.map((p) => (
            <Table.Tr key={p.idNatPs}>
              <Table.Td>{p.practitionerName}</Table.Td>
              <CountsRow counts={p} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** `/cpts/:id/usage-creneaux`: slot-use feedback for the coordination team (issue #10 item 3), counts only. */
export function SlotUsePage() {
  const { id = '' } = useParams();
  const query = useApiQuery(`slot-use-${id}`, () => regulationApi.slotUse(id, {}));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Usage des créneaux"
        subtitle="Créneaux proposés, réservés, honorés, absences et annulations sur les 30 derniers jours"
      />
      <QueryView query={query} loadingLabel="Chargement…">
        {(use) => <SlotUseView use={use} cptsId={id} />}
      </QueryView>
    </Stack>
  );
}
