import type { EngagementSummaryDto } from '@maillon/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { labelledMonths, monthLabel, niceMax } from './chart-scale.ts';

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { left: 48, right: 36, top: 24, bottom: 36 };
interface ChartProps {
  series: EngagementSummaryDto['series'];
  /** Current number of professionals on the territory (a reference line, not a history). */
  professionals: number;
}

/** Members month by month (plain SVG) with the current number of professionals as a reference, and the same as a table. */
export function MembershipChart({ series, professionals }: ChartProps) {
  const max = niceMax(Math.max(professionals, ...series.map((p) => p.members)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (series.length <= 1 ? innerW / 2 : (i / (series.length - 1)) * innerW);
  const y = (value: number) => PAD.top + innerH - (value / max) * innerH;
  const path = series.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.members).toFixed(1)}`).join(' ');
  const labelled = labelledMonths(series.length);
  const last = series.at(-1);
  return (
    <Stack gap="xs">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby="membership-chart-title membership-chart-desc"
        style={{ maxWidth: WIDTH }}
        data-testid="membership-chart"
      >
        <title id="membership-chart-title">Adhérents professionnels par mois</title>
        <desc id="membership-chart-desc">
          {last
            ? `${formatNumber(last.members)} adhérents professionnels en ${monthLabel(last.month)}, pour ${formatNumber(professionals)} professionnels exerçant aujourd'hui sur le territoire.`
            : 'Aucune donnée.'}
        </desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#d0d5dd" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize={11} fill="#343a40">
              {formatNumber(max * f)}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(professionals)} y2={y(professionals)} stroke="#868e96" strokeDasharray="6 4" />
        <text x={WIDTH - PAD.right} y={y(professionals) - 6} textAnchor="end" fontSize={11} fill="#343a40">
          Professionnels aujourd'hui : {formatNumber(professionals)}
        </text>
        <path d={path} fill="none" stroke="#1c5fa8" strokeWidth={2.5} />
        {series.map((p, i) => (
          <circle key={p.month} cx={x(i)} cy={y(p.members)} r={3} fill="#1c5fa8" />
        ))}
        {series.map((p, i) =>
          labelled.has(i) ? (
            <text key={p.month} x={x(i)} y={HEIGHT - 12} textAnchor="middle" fontSize={11} fill="#343a40">
              {monthLabel(p.month)}
            </text>
          ) : null,
        )}
      </svg>
      <Text size="xs" c="dimmed">
        Trait plein : adhérents professionnels en fin de mois (d'après leurs dates d'adhésion et de départ). Pointillés : nombre actuel de
        professionnels exerçant sur le territoire ; l'annuaire ne conserve pas leur historique.
      </Text>
      <details>
        <summary>Voir les données du graphique</summary>
        <Table striped withTableBorder mt="xs" data-testid="membership-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mois</Table.Th>
              <Table.Th scope="col" ta="right">
                Adhérents professionnels
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Dont exerçant sur le territoire
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((p) => (
              <Table.Tr key={p.month}>
                <Table.Th scope="row">{monthLabel(p.month)}</Table.Th>
                <Table.Td ta="right">{formatNumber(p.members)}</Table.Td>
                <Table.Td ta="right">{formatNumber(p.membersOnTerritory)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Stack>
  );
}
