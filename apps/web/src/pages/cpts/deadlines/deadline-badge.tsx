import { Badge } from '@mantine/core';

export type DeadlineStatus = 'done' | 'late' | 'near' | 'upcoming' | 'notSet';

const STATUS: Record<DeadlineStatus, { label: string; color: string }> = {
  done: { label: 'Fait', color: 'green' },
  late: { label: 'En retard', color: 'red' },
  near: { label: 'Proche', color: 'orange' },
  upcoming: { label: 'À venir', color: 'gray' },
  notSet: { label: 'Délai non fixé', color: 'gray' },
};

export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="filled" tt="none" data-status={status}>
      {label}
    </Badge>
  );
}
