import type { CptsDetail } from '@maillon/contracts';
import { Anchor, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format.ts';
import { DeadlineBadge } from './deadline-badge.tsx';
import { MilestoneModal } from './milestone-modal.tsx';

type Deadline = CptsDetail['deadlines'][number];

interface DeadlinesSectionProps {
  cpts: CptsDetail;
  onUpdated: (cpts: CptsDetail) => void;
}

/** ACI missions: when each must start and be deployed, counted from the contract signature. */
export function DeadlinesSection({ cpts, onUpdated }: DeadlinesSectionProps) {
  const [editing, setEditing] = useState<Deadline | null>(null);
  if (!cpts.aciSignedOn) return null;
  // With a contract recorded, its page follows the missions' progress; without one, the
  // milestones are recorded here against the ACI signature step.
  const contractId = cpts.deadlinesContractId;
  const canEdit = cpts.permissions.edit && contractId === null;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="deadlines-title">
      <Title order={2} id="deadlines-title" mb={4}>
        Échéances des missions ACI
      </Title>
      <Text size="sm" mb="sm">
        {contractId ? (
          <>
            Échéances du contrat ACI en vigueur ; le suivi des missions se fait sur{' '}
            <Anchor component={Link} to={`/cpts/${cpts.id}/contrat`}>
              la page du contrat
            </Anchor>
            .
          </>
        ) : (
          <>Contrat ACI signé le {formatDate(cpts.aciSignedOn)} (date de l'étape du cycle de vie).</>
        )}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table striped withTableBorder data-testid="deadlines-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mission</Table.Th>
              <Table.Th scope="col">Démarrage avant le</Table.Th>
              <Table.Th scope="col">Démarrée le</Table.Th>
              <Table.Th scope="col">Démarrage</Table.Th>
              <Table.Th scope="col">Déploiement avant le</Table.Th>
              <Table.Th scope="col">Déployée le</Table.Th>
              <Table.Th scope="col">Déploiement</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cpts.deadlines.map((deadline) => (
              <Table.Tr key={deadline.mission} data-mission={deadline.mission}>
                <Table.Th scope="row" fw={500}>
                  {deadline.label}
                  {deadline.explanation ? (
                    <Text size="xs" fw={400}>
                      {deadline.explanation}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{formatDate(deadline.startBy)}</Table.Td>
                <Table.Td>{formatDate(deadline.startedOn)}</Table.Td>
                <Table.Td>
                  <DeadlineBadge status={deadline.startStatus} />
                </Table.Td>
                <Table.Td>{formatDate(deadline.deployedBy)}</Table.Td>
                <Table.Td>{formatDate(deadline.deployedOn)}</Table.Td>
                <Table.Td>
                  <DeadlineBadge status={deadline.deployStatus} />
                </Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing(deadline)}
                      aria-label={`Renseigner les dates de la mission ${deadline.label}`}
                    >
                      Renseigner
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MilestoneModal
        cptsId={cpts.id}
        deadline={editing}
        onClose={() => setEditing(null)}
        onSaved={(updated) => {
          setEditing(null);
          onUpdated(updated);
        }}
      />
    </Paper>
  );
}
