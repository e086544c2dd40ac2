import { CONSULTATION_TYPE_LABELS, formatDate, formatTime, SLOT_CHANNEL_LABELS, type SlotChannel } from '@maillon/domain';

/** Slots are entered and shown in Paris wall-clock time, whatever the browser's zone. */
const PARIS = 'Europe/Paris';
export const slotDay = (iso: string) => formatDate(iso, PARIS);
export const slotTime = (iso: string) => formatTime(iso, PARIS);
export const slotWhen = (start: string, end: string) => `${slotDay(start)} ${slotTime(start)}–${slotTime(end)}`;
export const channelList = (channels: readonly SlotChannel[]) => channels.map((c) => SLOT_CHANNEL_LABELS[c]).join(', ');
export { CONSULTATION_TYPE_LABELS, SLOT_CHANNEL_LABELS };
