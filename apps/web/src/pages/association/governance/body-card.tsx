import type { BodyDto } from '@maillon/contracts';
import { Alert, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { governanceApi } from '../../../api/association-endpoints.ts';
import { formatDate } from '../../../lib/format.ts';

type Mandate = BodyDto['mandates'][number];

interface BodyCardProps {
  cptsId: string;
  body: BodyDto;
  onEdit: () => void;
  /** null: a new mandate. */
  onMandate: (mandate: Mandate | null) => void;
  onUpdated: (items: BodyDto[]) => void;
}

export function BodyCard({ cptsId, body, onEdit, onMandate, onUpdated }: BodyCardProps) {
  const [error, setError] = useState<string | null>(null);
  const titleId = `body-${body.id}`;
  const ended = body.endedOn !== null;

  async function run(action: () => Promise<{ items: BodyDto[] }>) {
    setError(null);
    try {
      onUpdated((await action()).items);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={titleId} data-body-kind={body.kind}>
      <Group justify="space-between" mb="xs">
        <div>
          <Group gap="xs">
            <Title order={2} id={titleId} size="h3">
              {body.name}
            </Title>
            <Badge variant="light" tt="none">
              {body.kindLabel}
            </Badge>
            {ended ? (
              <Badge color="gray" tt="none">
                Terminée le {formatDate(body.endedOn)}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs">Créée le {formatDate(body.createdOn)}</Text>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit}>
            Modifier
          </Button>
          {body.mandates.length === 0 ? (
            <Button size="xs" variant="subtle" color="red" onClick={() => void run(() => governanceApi.deleteBody(cptsId, body.id))}>
              Supprimer
            </Button>
          ) : null}
          {ended ? null : (
            <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onMandate(null)}>
              Ajouter un mandat
            </Button>
          )}
        </Group>
      </Group>
      {error ? (
        <Alert color="red" role="alert" mb="xs">
          {error}
        </Alert>
      ) : null}
      {body.mandates.length === 0 ? (
        <Text size="sm">Aucun mandat.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Adhérent</Table.Th>
                <Table.Th scope="col">Rôle</Table.Th>
                <Table.Th scope="col">Du</Table.Th>
                <Table.Th scope="col">Au</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {body.mandates.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={m.current ? 600 : 400}>
                    {m.memberName}
                  </Table.Th>
                  <Table.Td>{m.roleLabel}</Table.Td>
                  <Table.Td>{formatDate(m.startOn)}</Table.Td>
                  <Table.Td>{m.endOn ? formatDate(m.endOn) : 'en cours'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => onMandate(m)} aria-label={`Modifier le mandat de ${m.memberName}`}>
                        Modifier
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void run(() => governanceApi.deleteMandate(cptsId, m.id))}
                        aria-label={`Supprimer le mandat de ${m.memberName}`}
                      >
                        Supprimer
                      </Button>
                    </Group>
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
