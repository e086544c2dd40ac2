import type { TerritoryProposalDto } from '@maillon/contracts';
import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, fieldError, generalError } from '../../api/api-error.ts';
import { proposalsApi } from '../../api/proposal-endpoints.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { changeSummary } from './proposal-labels.ts';

export type Verdict = 'accept' | 'refuse';

interface DecisionModalProps {
  proposal: TerritoryProposalDto;
  verdict: Verdict | null;
  onClose: () => void;
  onDone: (proposal: TerritoryProposalDto) => void;
}

/** Confirms an acceptance or a refusal; a refusal must say why (the CPTS reads it). */
export function DecisionModal({ proposal, verdict, onClose, onDone }: DecisionModalProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (verdict) {
      setComment('');
      setError(null);
    }
  }, [verdict]);

  const regions = proposal.approvals.filter((a) => proposal.permissions.decide.includes(a.regionCode)).map((a) => `ARS ${a.regionName}`);
  const last = proposal.approvals.filter((a) => a.decision === null).length === proposal.permissions.decide.length;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!verdict) return;
    const trimmed = comment.trim();
    if (verdict === 'refuse' && !trimmed) {
      setError(new ApiError(422, 'INVALID', 'Un refus doit être motivé : ajoutez un commentaire.', 'comment'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onDone(await proposalsApi.decide(proposal.id, { decision: verdict, ...(trimmed ? { comment: trimmed } : {}) }));
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['comment']);
  return (
    <AppModal
      opened={verdict !== null}
      onClose={onClose}
      title={verdict === 'refuse' ? 'Refuser la proposition de territoire' : 'Accepter la proposition de territoire'}
    >
      <form onSubmit={handleSubmit} noValidate data-testid="decision-form">
        <Stack gap="md">
          {general ? (
            <Alert color="red" role="alert" title="Décision impossible">
              {general}
            </Alert>
          ) : null}
          <Text size="sm">
            {proposal.cpts.name} : {changeSummary(proposal)}. Votre décision vaut pour : {regions.join(', ')}.
          </Text>
          {verdict === 'accept' ? (
            <Text size="sm" fw={600}>
              {last
                ? 'Dernière acceptation attendue : le territoire de la CPTS sera modifié dès votre confirmation.'
                : "La proposition attendra encore l'accord des autres régions appelées à se prononcer."}
            </Text>
          ) : null}
          <Textarea
            label="Commentaire"
            description={verdict === 'refuse' ? 'Obligatoire : la CPTS lira la raison du refus.' : 'Facultatif.'}
            required={verdict === 'refuse'}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={fieldError(error, 'comment')}
            data-testid="decision-comment"
          />
          <FormActions
            onCancel={onClose}
            saving={saving}
            submitLabel={verdict === 'refuse' ? 'Confirmer le refus' : "Confirmer l'acceptation"}
            submitTestId="decision-submit"
          />
        </Stack>
      </form>
    </AppModal>
  );
}
