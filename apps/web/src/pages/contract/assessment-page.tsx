import type { AssessmentDto, AssessmentImportDto, ContractDto, EvidenceDto } from '@maillon/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { fieldError } from '../../api/api-error.ts';
import { cptsApi } from '../../api/endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { DateField } from '../../components/date-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import { UnsavedChangesGuard } from '../cpts/territory/unsaved-changes-guard.tsx';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { assessmentApi } from './assessment-api.ts';
import { contractApi } from './contract-api.ts';

type Draft = Record<string, { value: number | ''; note: string }>;

const draftOf = (a: AssessmentDto): Draft =>
  Object.fromEntries(a.lines.map((l) => [l.indicatorId, { value: l.value ?? '', note: l.source === 'computed' ? '' : (l.note ?? '') }]));

/** The contract the page is about: the one named in `?contrat=`, else the latest signed. */
function chosenContract(items: readonly ContractDto[], wanted: string | null): ContractDto | undefined {
  return items.find((c) => c.id === wanted) ?? [...items].reverse().find((c) => c.signedOn !== null);
}

/**
 * « Bilan annuel » of a contract year: values typed in (guarded against leaving unsaved), the
 * CPAM file with its preview, values Maillon computes, evidence files, the variable part per
 * mission, closing by the ARS or the CPAM, and the annual activity report (PDF, XLSX).
 */
export function AssessmentPage() {
  const { id = '', year = '1' } = useParams();
  const [search] = useSearchParams();
  const contractYear = Number(year);
  const cpts = useApiQuery(`cpts-detail|${id}`, () => cptsApi.get(id));
  const contracts = useApiQuery(`contracts|${id}`, () => contractApi.ofCpts(id));
  const contract = contracts.data ? chosenContract(contracts.data.items, search.get('contrat')) : undefined;
  const assessment = useApiQuery(contract ? `assessment|${contract.id}|${contractYear}` : null, () =>
    assessmentApi.assessment(contract?.id ?? '', contractYear),
  );
  return (
    <Stack>
      <PageHeader
        title={`Bilan annuel — année ${contractYear} du contrat${cpts.data ? ` — ${cpts.data.name}` : ''}`}
        subtitle={
          <Anchor component={Link} to={`/cpts/${id}/contrat`} size="sm">
            Retour au contrat ACI
          </Anchor>
        }
      />
      <QueryView query={contracts} loadingLabel="Chargement du contrat…" notFoundMessage="CPTS introuvable">
        {() =>
          contract ? (
            <QueryView query={assessment} loadingLabel="Chargement du bilan…" notFoundMessage="Bilan introuvable">
              {(data) => <AssessmentView contractId={contract.id} assessment={data} onChanged={assessment.setData} />}
            </QueryView>
          ) : (
            <Alert color="gray">Aucun contrat signé : le bilan annuel suit la signature du contrat.</Alert>
          )
        }
      </QueryView>
    </Stack>
  );
}

function AssessmentView(props: { contractId: string; assessment: AssessmentDto; onChanged: (a: AssessmentDto) => void }) {
  const { contractId, assessment: a, onChanged } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(a));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(draftOf(a)), [a]);
  const baseline = useMemo(() => draftOf(a), [a]);
  const changed = a.lines.filter((l) => {
    const d = draft[l.indicatorId];
    const b = baseline[l.indicatorId];
    return d && b && (d.value !== b.value || d.note !== b.note);
  });
  const dirty = changed.length > 0;

  async function run(work: () => Promise<AssessmentDto>) {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      onChanged(await work());
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }
  const save = () =>
    run(() =>
      assessmentApi.saveValues(
        contractId,
        a.year,
        changed.map((l) => {
          const d = draft[l.indicatorId] as Draft[string];
          return { indicatorId: l.indicatorId, value: d.value === '' ? null : d.value, note: d.note || null };
        }),
      ),
    );
  const hasComputed = a.lines.some((l) => l.computed);
  const editable = a.permissions.edit;

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard
        dirty={dirty}
        message="Des valeurs du bilan ont été modifiées sans être enregistrées. Quitter la page abandonne ces modifications."
      />
      <Group gap="sm">
        <Text>
          Du {formatDate(a.startsOn)} au {formatDate(a.endsOn)}
        </Text>
        <Badge color={a.status === 'closed' ? 'teal' : 'yellow'} variant="light" tt="none" data-testid="assessment-status">
          {a.statusLabel}
        </Badge>
        {a.isDemo ? (
          <Badge color="orange" tt="none">
            Démonstration
          </Badge>
        ) : null}
      </Group>
      <Group gap="sm">
        <Button component="a" href={assessmentApi.reportUrl(contractId, a.year, 'pdf')} download variant="light" data-testid="report-pdf">
          Rapport annuel d'activité (PDF)
        </Button>
        <Button component="a" href={assessmentApi.reportUrl(contractId, a.year, 'xlsx')} download variant="light" data-testid="report-xlsx">
          Rapport annuel d'activité (XLSX)
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Valeurs des indicateurs</Title>
          {error ? <ErrorAlert error={error} title="Enregistrement refusé" /> : null}
          {saved && !dirty ? (
            <Alert color="teal" role="status">
              Bilan enregistré.
            </Alert>
          ) : null}
          {a.lines.length === 0 ? <Alert color="gray">Aucun indicateur au contrat : ajoutez-les depuis la page du contrat.</Alert> : null}
          <ScrollRegion label="Valeurs des indicateurs">
            <Table withTableBorder data-testid="assessment-table">
              <Table.Caption>Valeur de l'année, palier atteint et montant acquis par indicateur</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Indicateur</Table.Th>
                  <Table.Th scope="col">Objectif</Table.Th>
                  <Table.Th scope="col">Valeur</Table.Th>
                  <Table.Th scope="col">Note</Table.Th>
                  <Table.Th scope="col">Résultat</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.lines.map((line, index) => {
                  const d = draft[line.indicatorId] ?? { value: '', note: '' };
                  const set = (next: Partial<Draft[string]>) => setDraft({ ...draft, [line.indicatorId]: { ...d, ...next } });
                  const valueError = fieldError(error, `values[${changed.indexOf(line)}].value`);
                  return (
                    <Table.Tr key={line.indicatorId} data-testid="assessment-line" data-indicator={line.indicatorId}>
                      <Table.Th scope="row" fw={500}>
                        {line.label}
                        <Text size="xs" c="dimmed">
                          {line.missionLabel} · source {line.dataSource}
                          {line.sourceLabel ? ` · valeur : ${line.sourceLabel}` : ''}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <Text size="xs">{line.targetText}</Text>
                      </Table.Td>
                      <Table.Td miw={140}>
                        {!editable ? (
                          <Text size="sm" fw={500}>
                            {line.valueText}
                          </Text>
                        ) : line.unit === 'oui/non' ? (
                          <Select
                            aria-label={`Valeur : ${line.label}`}
                            data={[
                              { value: '1', label: 'oui' },
                              { value: '0', label: 'non' },
                            ]}
                            value={d.value === '' ? null : String(d.value)}
                            onChange={(v) => set({ value: v === null ? '' : Number(v) })}
                            placeholder="—"
                            error={valueError}
                            data-testid={`value-${index}`}
                          />
                        ) : (
                          <NumberInput
                            aria-label={`Valeur : ${line.label} (${line.unit})`}
                            value={d.value}
                            onChange={(v) => set({ value: v === '' ? '' : Number(v) })}
                            decimalSeparator=","
                            thousandSeparator=" "
                            rightSection={<Text size="xs">{line.unit}</Text>}
                            rightSectionWidth={line.unit.length * 7 + 16}
                            error={valueError}
                            data-testid={`value-${index}`}
                          />
                        )}
                        {line.computed ? (
                          <Text size="xs" c="dimmed" mt={4}>
                            {line.computed.explanation}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td miw={160}>
                        {line.source === 'computed' || !editable ? (
                          <Text size="xs">{line.note ?? '—'}</Text>
                        ) : (
                          <TextInput
                            aria-label={`Note : ${line.label}`}
                            value={d.note}
                            onChange={(e) => set({ note: e.currentTarget.value })}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {line.tierText} · {line.earnedText}
                        </Text>
                        <Text size="xs">{line.explanation}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {editable ? (
            <Group gap="xs">
              <Button onClick={() => void save()} disabled={!dirty} loading={saving} data-testid="assessment-save">
                Enregistrer les valeurs
              </Button>
              {dirty ? (
                <Button variant="default" onClick={() => setDraft(baseline)}>
                  Annuler les modifications
                </Button>
              ) : null}
              {hasComputed ? (
                <Button
                  variant="light"
                  onClick={() => void run(() => assessmentApi.applyComputed(contractId, a.year))}
                  loading={saving}
                  data-testid="assessment-computed"
                >
                  Reprendre les valeurs calculées par Maillon
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Paper>

      {editable ? <CsvImport contractId={contractId} year={a.year} onApplied={onChanged} /> : null}

      <EvidenceSection contractId={contractId} assessment={a} onChanged={onChanged} />

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Part variable</Title>
          <Table withTableBorder data-testid="variable-table">
            <Table.Caption>Acquis sur les indicateurs, plafonné par l'enveloppe variable de chaque mission</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mission</Table.Th>
                <Table.Th scope="col">Acquis</Table.Th>
                <Table.Th scope="col">Enveloppe</Table.Th>
                <Table.Th scope="col">Versé</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.missions.map((m) => (
                <Table.Tr key={m.mission}>
                  <Table.Th scope="row" fw={500}>
                    {m.label}
                    <Text size="xs">{m.explanation}</Text>
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.earnedText}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.envelopeText}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>
                    {m.payableText}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text fw={700} data-testid="variable-total">
            Part variable de l'année : {a.totalPayableText}
          </Text>
          <CloseAssessment contractId={contractId} assessment={a} onChanged={onChanged} />
        </Stack>
      </Paper>
    </Stack>
  );
}

/** The CPAM file: read in the browser, previewed line by line, then applied (never erasing the values it does not mention). */
function CsvImport({ contractId, year, onApplied }: { contractId: string; year: number; onApplied: (a: AssessmentDto) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<AssessmentImportDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function send(apply: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = content ?? (await file.text());
      setContent(text);
      const result = await assessmentApi.importCsv(contractId, year, text, apply);
      setPreview(result);
      if (apply) onApplied(result.assessment);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>Import du fichier de la CPAM</Title>
        <Text size="sm">
          Fichier CSV (séparateur « ; », « , » ou tabulation) avec une ligne d'en-tête : une colonne <strong>code</strong> (code de
          l'indicateur) ou <strong>indicateur</strong> (son libellé), une colonne <strong>valeur</strong> (« 1 234,5 », « oui », « non »)
          et, au choix, une colonne <strong>commentaire</strong>. Les autres colonnes sont ignorées ; les valeurs absentes du fichier ne
          sont pas effacées.
        </Text>
        <Group align="flex-end">
          <FileInput
            label="Fichier CSV"
            accept=".csv,text/csv"
            value={file}
            onChange={(next) => {
              setFile(next);
              setContent(null);
              setPreview(null);
            }}
            clearable
            w={320}
            data-testid="csv-file"
          />
          <Button variant="light" disabled={!file} loading={busy} onClick={() => void send(false)} data-testid="csv-preview">
            Aperçu
          </Button>
        </Group>
        {error ? <ErrorAlert error={error} title="Import refusé" /> : null}
        {preview ? (
          <Stack gap="xs" data-testid="csv-result">
            <Text size="sm">Colonnes : {preview.columns.map((c) => `« ${c.header} » (${c.readAsLabel})`).join(', ')}</Text>
            {preview.rows.length ? (
              <Table withTableBorder>
                <Table.Caption>{preview.applied ? 'Lignes reprises' : 'Lignes qui seront reprises'}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Ligne</Table.Th>
                    <Table.Th scope="col">Indicateur</Table.Th>
                    <Table.Th scope="col">Valeur actuelle</Table.Th>
                    <Table.Th scope="col">Nouvelle valeur</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Th scope="row" fw={500}>
                        {row.label}
                      </Table.Th>
                      <Table.Td>{row.previousText}</Table.Td>
                      <Table.Td>{row.valueText}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            {preview.rejections.length ? (
              <Alert color="orange" title={`${preview.rejections.length} ligne(s) refusée(s)`}>
                <List size="sm">
                  {preview.rejections.map((r) => (
                    <List.Item key={`${r.line}-${r.message}`}>
                      Ligne {r.line} : {r.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            {preview.applied ? (
              <Alert color="teal" role="status">
                {preview.rows.length} valeur(s) reprise(s) du fichier.
              </Alert>
            ) : preview.rows.length ? (
              <Button w="fit-content" loading={busy} onClick={() => void send(true)} data-testid="csv-apply">
                Reprendre les {preview.rows.length} ligne(s) comprises
              </Button>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Evidence files: uploaded with progress, listed, downloaded, deleted after confirmation. */
function EvidenceSection(props: { contractId: string; assessment: AssessmentDto; onChanged: (a: AssessmentDto) => void }) {
  const { contractId, assessment: a, onChanged } = props;
  const [file, setFile] = useState<File | null>(null);
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<EvidenceDto | null>(null);
  const labels = new Map(a.lines.map((l) => [l.indicatorId, l.label]));
  const editable = a.permissions.edit;

  async function upload() {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await assessmentApi.uploadEvidence(contractId, a.year, file, indicatorId, setProgress);
      setFile(null);
      onChanged(await assessmentApi.assessment(contractId, a.year));
    } catch (cause) {
      setError(cause);
    } finally {
      setProgress(null);
    }
  }
  async function remove(evidence: EvidenceDto) {
    setError(null);
    try {
      await assessmentApi.removeEvidence(evidence.id);
      setRemoving(null);
      onChanged(await assessmentApi.assessment(contractId, a.year));
    } catch (cause) {
      setRemoving(null);
      setError(cause);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>Justificatifs</Title>
        {error ? <ErrorAlert error={error} title="Justificatif refusé" /> : null}
        {a.evidence.length === 0 ? (
          <Text size="sm">Aucun justificatif joint.</Text>
        ) : (
          <Table withTableBorder data-testid="evidence-table">
            <Table.Caption>Justificatifs joints au bilan (conservés dans la base de données)</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Fichier</Table.Th>
                <Table.Th scope="col">Indicateur</Table.Th>
                <Table.Th scope="col">Type et taille</Table.Th>
                <Table.Th scope="col">Ajouté le</Table.Th>
                {editable ? <Table.Th scope="col">Actions</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.evidence.map((e) => (
                <Table.Tr key={e.id} data-testid="evidence-row">
                  <Table.Th scope="row" fw={500}>
                    <Anchor href={assessmentApi.evidenceUrl(e.id)} download={e.fileName}>
                      {e.fileName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{e.indicatorId ? (labels.get(e.indicatorId) ?? e.indicatorId) : 'Bilan entier'}</Table.Td>
                  <Table.Td>
                    {e.typeLabel}, {e.sizeText}
                  </Table.Td>
                  <Table.Td>{formatDate(e.uploadedAt.slice(0, 10))}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="default"
                        c="red.9"
                        onClick={() => setRemoving(e)}
                        aria-label={`Supprimer ${e.fileName}`}
                      >
                        Supprimer
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editable ? (
          <Stack gap="xs">
            <Group align="flex-end">
              <FileInput
                label="Fichier (PDF, PNG, JPEG, XLSX, ODS ou CSV ; 10 Mo au plus)"
                value={file}
                onChange={setFile}
                accept=".pdf,.png,.jpg,.jpeg,.xlsx,.ods,.csv"
                clearable
                w={360}
                error={fieldError(error, 'file')}
                data-testid="evidence-file"
              />
              <Select
                label="Indicateur concerné"
                data={a.lines.map((l) => ({ value: l.indicatorId, label: l.label }))}
                value={indicatorId}
                onChange={setIndicatorId}
                placeholder="Bilan entier"
                clearable
                w={320}
              />
              <Button onClick={() => void upload()} disabled={!file} loading={progress !== null} data-testid="evidence-upload">
                Joindre
              </Button>
            </Group>
            {progress !== null ? (
              <Progress
                value={Math.round(progress * 100)}
                aria-label="Envoi du justificatif"
                striped
                animated
                data-testid="evidence-progress"
              />
            ) : null}
          </Stack>
        ) : null}
      </Stack>
      <AppModal opened={removing !== null} onClose={() => setRemoving(null)} title="Supprimer le justificatif ?">
        <Stack gap="md">
          <Text size="sm">« {removing?.fileName} » sera supprimé du bilan. Cette suppression est définitive.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Annuler
            </Button>
            <Button color="red" onClick={() => removing && void remove(removing)} data-testid="evidence-remove-confirm">
              Supprimer
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Paper>
  );
}

/** The ARS or the CPAM closes the assessment on its date (the variable part enters the schedule), or reopens it. */
function CloseAssessment(props: { contractId: string; assessment: AssessmentDto; onChanged: (a: AssessmentDto) => void }) {
  const { contractId, assessment: a, onChanged } = props;
  const [assessedOn, setAssessedOn] = useState<string | null>(todayIso());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!a.permissions.close) return null;
  async function run(work: () => Promise<AssessmentDto>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await work());
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="xs">
      {error && !fieldError(error, 'assessedOn') ? <ErrorAlert error={error} title="Action refusée" /> : null}
      {a.status === 'closed' ? (
        <Button
          variant="light"
          color="orange"
          w="fit-content"
          loading={busy}
          onClick={() => void run(() => assessmentApi.reopen(contractId, a.year))}
        >
          Rouvrir l'évaluation
        </Button>
      ) : (
        <Group align="flex-end">
          <DateField label="Date de l'évaluation" value={assessedOn} onChange={setAssessedOn} error={fieldError(error, 'assessedOn')} />
          <Button
            loading={busy}
            disabled={!assessedOn}
            onClick={() => assessedOn && void run(() => assessmentApi.close(contractId, a.year, assessedOn))}
            data-testid="assessment-close"
          >
            Clore l'évaluation
          </Button>
        </Group>
      )}
    </Stack>
  );
}
