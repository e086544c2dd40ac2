import type { GpProposalDto } from '@maillon/contracts';
import { DECLINE_REASON_LABELS, DECLINE_REASONS, type DeclineReason, MT_PROPOSAL_STATUS_LABELS } from '@maillon/domain';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../lib/format.ts';
import { mtMatchingApi } from './mt-matching-api.ts';

type Decision = Parameters<typeof mtMatchingApi.decide>[1];

function Actions({ proposal, onDecide }: { proposal: GpProposalDto; onDecide: (d: Decision) => Promise<void> }) {
  const [reason, setReason] = useState<DeclineReason>('full');
  if (proposal.status === 'sent')
    return (
      <Group gap="xs">
        <Button size="xs" onClick={() => onDecide({ decision: 'accept' })}>
          Accepter ce patient
        </Button>
        <Select
          size="xs"
          aria-label="Motif du refus"
          data={DECLINE_REASONS.map((r) => ({ value: r, label: DECLINE_REASON_LABELS[r] }))}
          value={reason}
          onChange={(v) => setReason((v as DeclineReason | null) ?? 'full')}
          allowDeselect={false}
        />
        <Button size="xs" variant="default" onClick={() => onDecide({ decision: 'decline', reason, comment: null })}>
          Décliner
        </Button>
      </Group>
    );
  if (proposal.status === 'accepted')
    return (
      <Button size="xs" variant="light" onClick={() => onDecide({ decision: 'consulted' })}>
        Première consultation faite
      </Button>
    );
  if (proposal.status === 'consulted')
    return (
      <Button size="xs" variant="light" onClick={() => onDecide({ decision: 'declared' })}>
        Déclaration de médecin traitant faite
      </Button>
    );
  return null;
}

/** The GP's proposals: pseudonymised until they accept, then the patient's identity and contact. */
export function GpProposalsSection({ items, onChange }: { items: GpProposalDto[]; onChange: (items: GpProposalDto[]) => void }) {
  const [error, setError] = useState<unknown>(null);
  const decide = async (id: string, decision: Decision) => {
    setError(null);
    try {
      onChange((await mtMatchingApi.decide(id, decision)).items);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="gp-proposals-title">
      <Title order={2} id="gp-proposals-title" mb="sm">
        Patients qui me sont proposés
      </Title>
      {error ? <ErrorAlert error={error} title="Action refusée" /> : null}
      {items.length === 0 ? (
        <Text>Aucune proposition pour l’instant.</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped data-testid="gp-proposals">
            <Table.Caption>Propositions reçues ; l’identité du patient s’affiche une fois la proposition acceptée</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Patient</Table.Th>
                <Table.Th scope="col">Pourquoi</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-proposal-id={p.id}>
                  <Table.Th scope="row">
                    {p.patient ? (
                      <Stack gap={0}>
                        <Text fw={600} data-testid="gp-patient-name">
                          {p.patient.name}
                        </Text>
                        <Text size="xs">
                          né(e) le {formatDate(p.patient.birthDate)}
                          {p.patient.phone ? ` · ${p.patient.phone}` : ''}
                          {p.patient.email ? ` · ${p.patient.email}` : ''}
                        </Text>
                      </Stack>
                    ) : (
                      <Text>
                        {p.ageBand}, {p.unitName}
                      </Text>
                    )}
                    <Text size="xs">{p.cptsName}</Text>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{p.explanation}</Text>
                    {p.expiresOn && p.status === 'sent' ? <Text size="xs">Réponse attendue avant le {formatDate(p.expiresOn)}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {MT_PROPOSAL_STATUS_LABELS[p.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Actions proposal={p} onDecide={(d) => decide(p.id, d)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
