import type { ProRequestEventDto } from '@maillon/contracts';
import { PRO_REQUEST_EVENT_LABELS } from '@maillon/domain';
import { List, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/format.ts';

/** The timeline of one request, oldest first (docs/reference/pro-requests.md §5). */
export function ProRequestTimeline({ events }: { events: readonly ProRequestEventDto[] }) {
  if (events.length === 0) return <Text size="sm">Aucun événement.</Text>;
  return (
    <List size="sm" spacing={4} data-testid="pro-request-timeline">
      {events.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the timeline never reorders; two events may share an instant.
        <List.Item key={i}>
          {formatDateTime(e.at)} — {PRO_REQUEST_EVENT_LABELS[e.kind]}
          {e.who ? ` : ${e.who}` : ''}
          {e.reason ? ` (${e.reason})` : ''}
        </List.Item>
      ))}
    </List>
  );
}
