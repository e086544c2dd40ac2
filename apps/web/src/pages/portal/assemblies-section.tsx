import type { PortalAssembly } from '@maillon/contracts';
import { ASSEMBLY_KIND_LABELS, ASSEMBLY_STATUS_LABELS, ATTENDANCE_LABELS } from '@maillon/domain';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../lib/format.ts';

function AssembliesTable({ assemblies, labelledBy, testId }: { assemblies: PortalAssembly[]; labelledBy: string; testId: string }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-labelledby={labelledBy} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Assemblée</Table.Th>
            <Table.Th scope="col">CPTS</Table.Th>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Lieu</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Votre présence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assemblies.map((assembly) => (
            <Table.Tr key={assembly.id}>
              <Table.Th scope="row">
                {assembly.title}
                <Text size="xs">{ASSEMBLY_KIND_LABELS[assembly.kind]}</Text>
              </Table.Th>
              <Table.Td>{assembly.cptsName}</Table.Td>
              <Table.Td>{formatDateTime(assembly.scheduledAt)}</Table.Td>
              <Table.Td>{assembly.location ?? '—'}</Table.Td>
              <Table.Td>{ASSEMBLY_STATUS_LABELS[assembly.status]}</Table.Td>
              <Table.Td>
                {assembly.attendance
                  ? ATTENDANCE_LABELS[assembly.attendance]
                  : assembly.entitledBy === 'membership'
                    ? 'Liste des votants pas encore arrêtée'
                    : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The general assemblies the member may vote in: coming ones first, then past ones. */
export function AssembliesSection({ assemblies }: { assemblies: PortalAssembly[] }) {
  const coming = assemblies.filter((a) => a.status !== 'closed');
  const past = assemblies.filter((a) => a.status === 'closed').reverse();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="portal-assemblies-title">
      <Stack gap="sm">
        <Title order={2} id="portal-assemblies-title">
          Assemblées générales où vous votez
        </Title>
        {assemblies.length === 0 ? (
          <Text size="sm" data-testid="portal-no-assembly">
            Aucune assemblée générale à laquelle vous êtes appelé à voter.
          </Text>
        ) : null}
        {coming.length > 0 ? (
          <>
            <Title order={3} size="h4" id="portal-assemblies-coming">
              À venir ou en cours
            </Title>
            <AssembliesTable assemblies={coming} labelledBy="portal-assemblies-coming" testId="portal-assemblies-coming" />
          </>
        ) : null}
        {past.length > 0 ? (
          <>
            <Title order={3} size="h4" id="portal-assemblies-past">
              Passées
            </Title>
            <AssembliesTable assemblies={past} labelledBy="portal-assemblies-past" testId="portal-assemblies-past" />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
