import type { CptsDetail } from '@maillon/contracts';
import { Text, Timeline } from '@mantine/core';
import { formatDate } from '../../../lib/format.ts';

type Transition = CptsDetail['history'][number];

export function HistoryTimeline({ history }: { history: Transition[] }) {
  if (history.length === 0) return <Text size="sm">Aucune étape enregistrée.</Text>;
  const sorted = [...history].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return (
    <Timeline active={sorted.length - 1} bulletSize={18} lineWidth={2} data-testid="lifecycle-history">
      {sorted.map((entry) => (
        <Timeline.Item key={entry.id} title={entry.toLabel}>
          <Text size="sm">
            {formatDate(entry.occurredOn)}
            {entry.authorName ? ` — par ${entry.authorName}` : ''}
          </Text>
          {entry.comment ? (
            <Text size="sm" fs="italic">
              « {entry.comment} »
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
