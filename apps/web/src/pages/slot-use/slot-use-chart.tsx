import type { SlotUseDto } from '@maillon/contracts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { niceMax } from '../engagement/chart-scale.ts';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 16, bottom: 32 };

/** Slots offered and booked per day (plain SVG bars); the table below gives the same figures. */
export function SlotUseChart({ days }: { days: SlotUseDto['byDay'] }) {
  const max = niceMax(Math.max(1, ...days.map((d) => d.offered)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const band = innerW / Math.max(1, days.length);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const offered = days.reduce((s, d) => s + d.offered, 0);
  const booked = days.reduce((s, d) => s + d.booked, 0);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby="slot-use-title slot-use-desc"
      style={{ maxWidth: WIDTH }}
      data-testid="slot-use-chart"
    >
      <title id="slot-use-title">Créneaux proposés et réservés par jour</title>
      <desc id="slot-use-desc">{`${formatNumber(offered)} créneaux proposés, ${formatNumber(booked)} réservés sur la période.`}</desc>
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#d0d5dd" />
          <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize={11} fill="#343a40">
            {formatNumber(max * f)}
          </text>
        </g>
      ))}
      {days.map((d, i) => (
        <g key={d.day}>
          <rect
            x={PAD.left + i * band + band * 0.1}
            y={y(d.offered)}
            width={band * 0.4}
            height={PAD.top + innerH - y(d.offered)}
            fill="#a5c8f0"
          />
          <rect
            x={PAD.left + i * band + band * 0.5}
            y={y(d.booked)}
            width={band * 0.4}
            height={PAD.top + innerH - y(d.booked)}
            fill="#1c5fa8"
          />
          {i % Math.max(1, Math.ceil(days.length / 8)) === 0 ? (
            <text x={PAD.left + i * band + band / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={11} fill="#343a40">
              {formatDate(d.day).slice(0, 5)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
