import { Table, Td } from "@/components/ui/table";
import { formatRate, type OnTimeRate } from "@/domain/dashboard";

export interface RateRow {
  label: string;
  lastCycle: OnTimeRate;
  thisCycle: OnTimeRate;
}

const percent = (r: OnTimeRate) => (r.rate === null ? 0 : Math.round(r.rate * 100));

/**
 * On-time rates as horizontal bars (inline SVG, described by its text alternative) and the same
 * numbers as a table, so that nothing depends on seeing the chart.
 */
export function OnTimeChart({
  title,
  rows,
  lastLabel,
  thisLabel,
}: {
  title: string;
  rows: RateRow[];
  lastLabel: string;
  thisLabel: string;
}) {
  const barHeight = 22;
  const labelWidth = 150;
  const chartWidth = 300;
  const rowHeight = barHeight * 2 + 26;
  const height = rows.length * rowHeight + 10;
  const summary = rows
    .map(
      (r) => `${r.label}: ${lastLabel} ${formatRate(r.lastCycle.rate)}, ${thisLabel} ${formatRate(r.thisCycle.rate)}`,
    )
    .join("; ");
  return (
    <figure className="mb-8">
      <svg
        role="img"
        aria-label={`${title}. ${summary}.`}
        viewBox={`0 0 ${labelWidth + chartWidth + 60} ${height}`}
        className="mb-4 h-auto w-full max-w-2xl"
      >
        {rows.map((r, i) => {
          const y = i * rowHeight + 4;
          return (
            <g key={r.label}>
              <text x={0} y={y + 14} fontSize="14" fontWeight="bold" fill="#0b0c0c">
                {r.label}
              </text>
              {[
                { cycle: lastLabel, rate: r.lastCycle, fill: "#484949", dy: 20 },
                { cycle: thisLabel, rate: r.thisCycle, fill: "#1d4f91", dy: 20 + barHeight + 2 },
              ].map((bar) => (
                <g key={bar.cycle}>
                  <text x={labelWidth - 8} y={y + bar.dy + 16} fontSize="13" textAnchor="end" fill="#0b0c0c">
                    {bar.cycle}
                  </text>
                  <rect
                    x={labelWidth}
                    y={y + bar.dy}
                    width={chartWidth}
                    height={barHeight}
                    fill="#f3f2f1"
                    stroke="#b1b4b6"
                  />
                  <rect
                    x={labelWidth}
                    y={y + bar.dy}
                    width={(chartWidth * percent(bar.rate)) / 100}
                    height={barHeight}
                    fill={bar.fill}
                  />
                  <text x={labelWidth + chartWidth + 6} y={y + bar.dy + 16} fontSize="13" fill="#0b0c0c">
                    {bar.rate.rate === null ? "n/a" : `${percent(bar.rate)}%`}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{title}: the same numbers are in the table below.</figcaption>
      <Table
        caption={`${title}, in numbers`}
        head={["Items", `${lastLabel} on time`, `${lastLabel} counted`, `${thisLabel} on time`, `${thisLabel} counted`]}
      >
        {rows.map((r) => (
          <tr key={r.label}>
            <Td header>{r.label}</Td>
            <Td>{formatRate(r.lastCycle.rate)}</Td>
            <Td>
              {r.lastCycle.counted} ({r.lastCycle.onTime} on time, {r.lastCycle.late} late, {r.lastCycle.notSent} not
              sent)
            </Td>
            <Td>{formatRate(r.thisCycle.rate)}</Td>
            <Td>
              {r.thisCycle.counted} ({r.thisCycle.onTime} on time, {r.thisCycle.late} late, {r.thisCycle.notSent} not
              sent)
            </Td>
          </tr>
        ))}
      </Table>
    </figure>
  );
}
