import type { CptsDetail, TerritoryChangeDto } from '@maillon/contracts';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { APPROVAL_REASONS } from './approval-reasons.ts';

export type SubmitMode = 'save' | 'propose' | 'replace' | 'blocked';

/**
 * What the save button does for this draft: save directly, propose to the ARS (after the letter
 * of intent is validated, or with communes of another region), replace the author's pending
 * proposal, or nothing while someone else's proposal waits for a decision.
 */
export function submitMode(cpts: CptsDetail, change: TerritoryChangeDto | undefined): SubmitMode {
  // Before the preview answers, expect what the stage implies.
  const kind = change?.kind ?? (cpts.letterOfIntentValidatedOn && !cpts.permissions.decideTerritory ? 'proposal' : 'direct');
  const pending = cpts.pendingProposal;
  if (!pending) return kind === 'proposal' ? 'propose' : 'save';
  return kind === 'proposal' && pending.permissions.withdraw ? 'replace' : 'blocked';
}

interface TerritorySubmitProps {
  mode: SubmitMode;
  change: TerritoryChangeDto | undefined;
  dirty: boolean;
  busy: boolean;
  comment: string;
  onComment: (comment: string) => void;
  onReset: () => void;
  onSubmit: () => void;
}

export function TerritorySubmit({ mode, change, dirty, busy, comment, onComment, onReset, onSubmit }: TerritorySubmitProps) {
  const proposing = mode === 'propose' || mode === 'replace';
  const asked = (change?.approvals ?? []).filter((a) => !a.byAuthor);
  return (
    <Stack gap="sm">
      {mode === 'blocked' && dirty ? (
        <Alert color="orange" title="Une proposition attend déjà la décision de l'ARS" data-testid="territory-blocked">
          Elle doit être acceptée, refusée ou retirée par son auteur avant toute autre modification du territoire.
        </Alert>
      ) : null}
      {proposing && dirty ? (
        <>
          <Text size="sm" data-testid="territory-approvals">
            {mode === 'replace' ? 'Cette proposition remplacera la vôtre, en attente. ' : ''}
            Elle sera soumise à{' '}
            {asked.length > 0
              ? asked.map((a) => `l'ARS ${a.regionName} (${APPROVAL_REASONS[a.reason]})`).join(' et à ')
              : "l'ARS de la région"}
            {"\u00a0; le territoire ne changera qu'après son accord."}
          </Text>
          <Textarea
            label="Commentaire pour l'ARS"
            description="Facultatif : la raison de la modification."
            autosize
            minRows={2}
            maxLength={2000}
            value={comment}
            onChange={(event) => onComment(event.currentTarget.value)}
            data-testid="territory-comment"
          />
        </>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onReset} disabled={!dirty || busy}>
          Annuler les modifications
        </Button>
        <Button
          leftSection={proposing ? <IconSend size={16} aria-hidden /> : <IconDeviceFloppy size={16} aria-hidden />}
          onClick={onSubmit}
          disabled={!dirty || mode === 'blocked' || busy}
          data-testid="territory-save"
        >
          {mode === 'replace' ? 'Remplacer ma proposition' : proposing ? "Proposer à l'ARS" : 'Enregistrer le territoire'}
        </Button>
      </Group>
    </Stack>
  );
}
