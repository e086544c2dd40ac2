import type { PortalMembership } from '@maillon/contracts';

// The statuses' labels are the domain's (ASSEMBLY_KIND_LABELS, DUES_STATUS_LABELS… of @maillon/domain); their colours are the portal's.

type Dues = PortalMembership['dues'][number];

export const DUES_STATUS_COLORS: Record<Dues['status'], string> = {
  paid: 'green.8',
  unpaid: 'red.8',
  exempt: 'gray.7',
};

export const MEMBERSHIP_STATUS_COLORS: Record<PortalMembership['status'], string> = {
  requested: 'yellow.9',
  active: 'green.8',
  refused: 'red.8',
  left: 'gray.7',
};
