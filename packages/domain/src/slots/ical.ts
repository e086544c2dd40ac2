/**
 * A professional's calendar as an iCalendar feed (RFC 5545; docs/reference/slots.md §1).
 * Times are written in UTC (`…Z`), lines end with CRLF and are folded at 75 octets (§3.1),
 * text values escaped (§3.3.11). A summary never names a patient: "Créneau réservé" or
 * "Créneau libre (SNP, PRO)".
 */

export interface CalendarEvent {
  uid: string;
  startAt: Date;
  endAt: Date;
  summary: string;
  description?: string;
  location?: string | null;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `20261202T173000Z` */
export function icalUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is split, each continuation starting
 * with one space; a multi-byte UTF-8 character is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function serializeCalendar(calendar: { name: string; events: readonly CalendarEvent[]; stamp: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Maillon//Créneaux//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${icalUtc(calendar.stamp)}`,
      `DTSTART:${icalUtc(event.startAt)}`,
      `DTEND:${icalUtc(event.endAt)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The summary of a slot in the feed: its state and channels, never who booked it. */
export function slotSummary(slot: { status: string; visibility: readonly string[] }): string {
  if (slot.status === 'booked' || slot.status === 'held') return 'Créneau réservé';
  return `Créneau libre (${slot.visibility.join(', ')})`;
}
