import type { ClientOutput, endpoints } from '@maillon/contracts';
import { Alert, Button, FileInput, Group, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatCount, formatDate } from '../../lib/format.ts';
import { mtApi } from './mt-api.ts';

type Report = ClientOutput<typeof endpoints.mtRequests.cpamPreview>;

/** CPAM list import: choose the CSV, preview, apply (docs/reference/mt-requests.md §5). */
export function CpamImportModal({
  opened,
  cptsId,
  onClose,
  onApplied,
}: {
  opened: boolean;
  cptsId: string;
  onClose: () => void;
  onApplied: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (apply: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = content ?? (await file.text());
      setContent(text);
      const result = apply ? await mtApi.cpamApply(cptsId, text, file.name) : await mtApi.cpamPreview(cptsId, text, file.name);
      setReport(result);
      if (apply) onApplied();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const reset = (next: File | null) => {
    setFile(next);
    setContent(null);
    setReport(null);
    setError(null);
  };
  return (
    <AppModal opened={opened} onClose={onClose} title="Importer une liste de la CPAM" size="xl">
      <Stack gap="md">
        <Text size="sm">
          Fichier CSV (séparateur point-virgule ou virgule) avec au moins les colonnes « Nom », « Prénom », « Date de naissance » et « Code
          commune » (code INSEE). Colonnes facultatives : ALD, C2S, AME, téléphone, e-mail, date de perte du médecin traitant, motif. Une
          personne déjà connue n'est jamais importée deux fois ni effacée.
        </Text>
        <FileInput label="Liste CPAM (CSV)" accept=".csv,text/csv" value={file} onChange={reset} clearable />
        <Group>
          <Button onClick={() => run(false)} disabled={!file} loading={busy && !report}>
            Aperçu
          </Button>
          <Button
            onClick={() => run(true)}
            disabled={!report || report.applied || report.created === 0}
            loading={busy && report !== null}
            color="green"
          >
            Importer {report && !report.applied ? `${formatCount(report.created)} demande(s)` : ''}
          </Button>
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        {report ? (
          <Stack gap="sm">
            <Alert color={report.applied ? 'green' : 'blue'} title={report.applied ? 'Import terminé' : 'Aperçu'} role="status">
              {formatCount(report.created)} nouvelle(s) demande(s), {formatCount(report.existing)} déjà connue(s),{' '}
              {formatCount(report.rejections.length)} ligne(s) rejetée(s).
            </Alert>
            <Text size="sm">Colonnes reconnues : {report.columns.map((c) => `${c.header} → ${c.field ?? 'ignorée'}`).join(' ; ')}</Text>
            {report.rejections.length > 0 ? (
              <>
                <Text fw={600}>Lignes rejetées</Text>
                <List size="sm">
                  {report.rejections.slice(0, 100).map((r) => (
                    <List.Item key={`${r.line}-${r.field}`}>
                      Ligne {r.line} : {r.message}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
            <Table withTableBorder>
              <Table.Caption>Premières lignes lues</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Ligne</Table.Th>
                  <Table.Th scope="col">Personne</Table.Th>
                  <Table.Th scope="col">Commune</Table.Th>
                  <Table.Th scope="col">Résultat</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.sample.map((s) => (
                  <Table.Tr key={s.line}>
                    <Table.Td>{s.line}</Table.Td>
                    <Table.Td>
                      {s.lastName} {s.firstName} ({formatDate(s.birthDate)})
                    </Table.Td>
                    <Table.Td>{s.unitCode}</Table.Td>
                    <Table.Td>{s.outcome === 'new' ? 'Nouvelle demande' : 'Déjà connue'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
      </Stack>
    </AppModal>
  );
}
