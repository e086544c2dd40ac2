import type { SpecialistRequestDto } from '@maillon/contracts';
import { SPECIALIST_KIND_LABELS, SPECIALIST_SPECIALTIES, SPECIALIST_STATUS_LABELS, SPECIALIST_TARGET_LABELS } from '@maillon/domain';

/** French labels of a specialist request (docs/reference/specialist-access.md). */
export const specialtyLabel = (code: string) => SPECIALIST_SPECIALTIES[code as keyof typeof SPECIALIST_SPECIALTIES] ?? code;
export const targetLabel = (code: string) => SPECIALIST_TARGET_LABELS[code as keyof typeof SPECIALIST_TARGET_LABELS] ?? code;
export const kindLabel = (kind: SpecialistRequestDto['kind']) => SPECIALIST_KIND_LABELS[kind];
export const statusLabel = (r: SpecialistRequestDto) => (r.overdue ? 'En retard sur le délai cible' : SPECIALIST_STATUS_LABELS[r.status]);

/** « 2 j 3 h », « 5 h », « 40 min »: the achieved delay, in plain words. */
export function delayLabel(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${days} j ${hours} h` : `${days} j`;
  if (hours > 0) return `${hours} h`;
  return `${minutes} min`;
}
