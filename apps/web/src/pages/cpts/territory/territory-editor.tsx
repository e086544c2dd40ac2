import type { CptsDetail } from '@maillon/contracts';
import { Alert, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/api-error.ts';
import { cptsApi } from '../../../api/endpoints.ts';
import { proposalsApi } from '../../../api/proposal-endpoints.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatNumber, plural } from '../../../lib/format.ts';
import { AssessmentSummary } from './assessment-summary.tsx';
import { codeOnly, fromUnitDto, unitLabel } from './draft-unit.ts';
import { flaggedUnits } from './flagged-units.ts';
import { GroupAdders } from './group-adders.tsx';
import { submitMode, TerritorySubmit } from './territory-submit.tsx';
import { UnitSearch } from './unit-search.tsx';
import { UnitTable } from './unit-table.tsx';
import { UnsavedChangesGuard } from './unsaved-changes-guard.tsx';
import { useTerritoryDraft } from './use-territory-draft.ts';
import { useTerritoryPreview } from './use-territory-preview.ts';

interface TerritoryEditorProps {
  cpts: CptsDetail;
  onSaved: (cpts: CptsDetail) => void;
}

export function TerritoryEditor({ cpts, onSaved }: TerritoryEditorProps) {
  const draft = useTerritoryDraft(cpts.units);
  const preview = useTerritoryPreview(cpts.id, draft.codes, draft.dirty);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [addError, setAddError] = useState<unknown>(null);
  const [comment, setComment] = useState('');

  const assessment = draft.dirty ? (preview.assessment ?? cpts.assessment) : cpts.assessment;
  const change = draft.dirty && !preview.loading ? preview.assessment?.change : undefined;
  const mode = submitMode(cpts, change);
  const byCode = useMemo(() => new Map(draft.units.map((unit) => [unit.code, unit])), [draft.units]);
  const describe = (code: string) => {
    const unit = byCode.get(code);
    return unit ? unitLabel(unit) : code;
  };
  const present = useMemo(() => new Set(draft.codes), [draft.codes]);

  async function submit() {
    setSaving(true);
    setSaveError(null);
    try {
      if (mode === 'save') {
        onSaved(await cptsApi.saveTerritory(cpts.id, draft.codes));
        setNotice('Territoire enregistré.');
      } else {
        await proposalsApi.propose(cpts.id, draft.codes, comment.trim());
        setComment('');
        // The territory is unchanged; the page shows the pending proposal.
        onSaved(await cptsApi.get(cpts.id));
        setNotice("Proposition envoyée à l'ARS : le territoire changera après son accord.");
      }
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="md" pos="relative" data-testid="territory-editor">
      <UnsavedChangesGuard dirty={draft.dirty && !saving} />
      <LoadingOverlay visible={saving} loaderProps={{ 'aria-label': 'Enregistrement en cours' }} />
      <AssessmentSummary assessment={assessment} describe={describe} preview={draft.dirty} loading={preview.loading} />
      {preview.error ? <ErrorAlert error={preview.error} title="Aperçu indisponible" /> : null}
      <UnitSearch
        region={cpts.regionCode}
        present={present}
        onPick={(unit) => {
          draft.add([fromUnitDto(unit)]);
          setNotice(`${unitLabel(fromUnitDto(unit))} ajoutée au territoire (non enregistré).`);
        }}
      />
      <GroupAdders
        region={cpts.regionCode}
        onError={setAddError}
        onAdd={(group, label) => {
          setAddError(null);
          const known = new Map((group.items ?? []).map((unit) => [unit.code, fromUnitDto(unit)]));
          const added = draft.add(group.units.map((code) => known.get(code) ?? codeOnly(code)));
          setNotice(`${label} : ${plural(added, 'commune ajoutée', 'communes ajoutées')} (non enregistré).`);
        }}
      />
      {addError ? (
        <Alert color="red" role="alert">
          {errorMessage(addError)}
        </Alert>
      ) : null}
      <Text size="sm" role="status" aria-live="polite" data-testid="territory-notice">
        {notice ?? ''}
      </Text>
      <Text size="sm" fw={600}>
        {formatNumber(draft.units.length)} communes dans le territoire{draft.dirty ? ' (modifié)' : ''}
      </Text>
      <UnitTable units={draft.units} onRemove={draft.remove} flagged={flaggedUnits(assessment)} />
      {saveError ? <ErrorAlert error={saveError} title="Enregistrement impossible" /> : null}
      <TerritorySubmit
        mode={mode}
        change={change}
        dirty={draft.dirty}
        busy={saving || preview.loading}
        comment={comment}
        onComment={setComment}
        onReset={draft.reset}
        onSubmit={submit}
      />
    </Stack>
  );
}
