import type { CptsDetail } from '@maillon/contracts';
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { StageBadge } from '../../../components/stage-badge.tsx';
import { HistoryTimeline } from './history-timeline.tsx';
import { type AllowedTransition, pendingLabel, transitionButtonLabel } from './transition-label.ts';
import { TransitionModal } from './transition-modal.tsx';

interface LifecycleSectionProps {
  cpts: CptsDetail;
  onUpdated: (cpts: CptsDetail) => void;
}

export function LifecycleSection({ cpts, onUpdated }: LifecycleSectionProps) {
  const [pending, setPending] = useState<AllowedTransition | null>(null);
  const available = cpts.allowedTransitions.filter((transition) => transition.allowed);
  const waiting = cpts.allowedTransitions.filter((transition) => !transition.allowed);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="lifecycle-title">
      <Title order={2} id="lifecycle-title" mb="sm">
        Cycle de vie
      </Title>
      <Stack gap="md">
        <Group gap="xs">
          <Text fw={600}>Étape actuelle :</Text>
          <StageBadge stage={cpts.stage} size="lg" />
        </Group>
        <HistoryTimeline history={cpts.history} />
        {available.length > 0 ? (
          <Group gap="sm" data-testid="transition-buttons">
            {available.map((transition) => (
              <Button
                key={transition.to}
                variant={transition.actor === 'regulator' ? 'filled' : 'light'}
                onClick={() => setPending(transition)}
                data-transition={transition.to}
              >
                {transitionButtonLabel(cpts.stage, transition)}
              </Button>
            ))}
          </Group>
        ) : null}
        {waiting.length > 0 ? (
          <List size="sm" data-testid="transition-waiting">
            {waiting.map((transition) => (
              <List.Item key={transition.to}>{pendingLabel(cpts.stage, transition)}</List.Item>
            ))}
          </List>
        ) : null}
        {cpts.allowedTransitions.length === 0 ? <Text size="sm">Aucun changement d'étape possible.</Text> : null}
      </Stack>
      <TransitionModal
        cptsId={cpts.id}
        stage={cpts.stage}
        transition={pending}
        onClose={() => setPending(null)}
        onDone={(updated) => {
          setPending(null);
          onUpdated(updated);
        }}
      />
    </Paper>
  );
}
