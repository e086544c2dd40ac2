import type { MatchingRunDto, RunResultDto } from '@maillon/contracts';
import { MT_PROPOSAL_STATUS_LABELS } from '@maillon/domain';
import { Badge, Button, Checkbox, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { mtMatchingApi } from './mt-matching-api.ts';

const PHASE_LABELS: Record<NonNullable<MatchingRunDto['phase']>, string> = {
  grouping: 'Regroupement des demandes',
  network: 'Construction du réseau',
  solving: 'Recherche de l’optimum',
  explaining: 'Explication des demandes non appariées',
};

function RunProgress({ run }: { run: MatchingRunDto }) {
  const share = run.total > 0 ? Math.min(100, Math.round((run.done / run.total) * 100)) : 0;
  return (
    <Stack gap={4} data-testid="run-progress">
      <Text size="sm" aria-live="polite">
        Calcul en cours{run.phase ? ` : ${PHASE_LABELS[run.phase]}` : ''} ({share} %)
      </Text>
      <Progress value={share} aria-label="Avancement de l’appariement" />
    </Stack>
  );
}

function ResultTables({ cptsId, result, onSent }: { cptsId: string; result: RunResultDto; onSent: () => void }) {
  const drafts = result.proposals.filter((p) => p.status === 'draft');
  const [chosen, setChosen] = useState<string[]>(drafts.map((p) => p.id));
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setError(null);
    try {
      await mtMatchingApi.send(cptsId, chosen);
      onSent();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Propositions ({formatNumber(result.proposals.length)})
      </Title>
      <Text size="sm">Rien n’est envoyé aux médecins tant que vous n’avez pas validé : cochez les propositions à envoyer.</Text>
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder striped data-testid="run-proposals">
          <Table.Caption>Propositions de l’appariement et leur justification</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Envoyer</Table.Th>
              <Table.Th scope="col">Patient</Table.Th>
              <Table.Th scope="col">Médecin</Table.Th>
              <Table.Th scope="col">Pourquoi</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.proposals.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Envoyer la proposition de ${p.patientName} au ${p.gp.displayName}`}
                    disabled={p.status !== 'draft'}
                    checked={chosen.includes(p.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setChosen((list) => (on ? [...list, p.id] : list.filter((id) => id !== p.id)));
                    }}
                  />
                </Table.Td>
                <Table.Th scope="row">{p.patientName}</Table.Th>
                <Table.Td>Dr {p.gp.displayName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{p.explanation}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" tt="none">
                    {MT_PROPOSAL_STATUS_LABELS[p.status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {error ? <ErrorAlert error={error} title="Envoi refusé" /> : null}
      {drafts.length > 0 ? (
        <Group>
          <Button onClick={send} disabled={chosen.length === 0} data-testid="send-proposals">
            Envoyer {formatNumber(chosen.length)} proposition{chosen.length > 1 ? 's' : ''} aux médecins
          </Button>
        </Group>
      ) : null}
      <Title order={3} size="h4">
        Demandes non appariées ({formatNumber(result.unmatched.length)})
      </Title>
      {result.unmatched.length === 0 ? (
        <Text>Toutes les demandes en attente ont une proposition.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder striped data-testid="run-unmatched">
            <Table.Caption>Ce qui bloque chaque demande non appariée</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Patient</Table.Th>
                <Table.Th scope="col">Groupe</Table.Th>
                <Table.Th scope="col">Blocage</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.unmatched.map((u) => (
                <Table.Tr key={u.requestId}>
                  <Table.Th scope="row">{u.patientName}</Table.Th>
                  <Table.Td>{u.priorityGroup}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {u.reason}
                    </Text>
                    <Text size="sm">{u.explanation}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Launches a run, follows its progress by polling (any API process answers) and shows its result to review. */
export function RunPanel({
  cptsId,
  latest,
  onChanged,
  onFinished,
}: {
  cptsId: string;
  latest: MatchingRunDto | null;
  onChanged: () => void;
  /** Called once when a run launched here ends (the history then lists it). */
  onFinished: () => void;
}) {
  const [run, setRun] = useState<MatchingRunDto | null>(latest);
  const [result, setResult] = useState<RunResultDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setRun(latest), [latest]);
  useEffect(() => {
    if (!run) return;
    if (run.status === 'running') {
      const timer = setTimeout(() => {
        mtMatchingApi.run(cptsId, run.id).then((next) => {
          setRun(next);
          if (next.status !== 'running') onFinished();
        }, setError);
      }, 500);
      return () => clearTimeout(timer);
    }
    if (run.status === 'done') mtMatchingApi.runResult(cptsId, run.id).then(setResult, setError);
    return undefined;
  }, [cptsId, run, onFinished]);
  const start = async () => {
    setError(null);
    setResult(null);
    try {
      setRun(await mtMatchingApi.startRun(cptsId));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="run-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="run-title">
          Appariement de la liste d’attente
        </Title>
        <Button onClick={start} loading={run?.status === 'running'} data-testid="start-run">
          Lancer un appariement
        </Button>
      </Group>
      <Text size="sm" mb="sm">
        Le calcul propose au plus un médecin à chaque demande en attente, en plaçant d’abord les plus prioritaires puis au plus près, dans
        les capacités et contraintes déclarées. Ce sont des propositions : l’équipe les examine avant de les envoyer.
      </Text>
      {error ? <ErrorAlert error={error} title="Appariement impossible" /> : null}
      {run?.status === 'running' ? <RunProgress run={run} /> : null}
      {run?.status === 'failed' ? <ErrorAlert error={new Error(run.error ?? 'Échec du calcul.')} title="Le calcul a échoué" /> : null}
      {run?.status === 'done' && run.summary ? (
        <Text size="sm" mb="sm" data-testid="run-summary">
          Calcul du {formatDateTime(run.finishedAt)} : {formatNumber(run.summary.placements)} proposition(s) pour{' '}
          {formatNumber(run.summary.patients)} demande(s) en attente et {formatNumber(run.summary.gps)} médecin(s).
        </Text>
      ) : null}
      {result ? (
        <ResultTables
          key={result.run.id}
          cptsId={cptsId}
          result={result}
          onSent={() => {
            onChanged();
            mtMatchingApi.runResult(cptsId, result.run.id).then(setResult, setError);
          }}
        />
      ) : null}
    </Paper>
  );
}
