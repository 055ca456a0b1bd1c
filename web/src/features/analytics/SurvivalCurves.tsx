import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsSchemas } from '../../api/types';
import { word } from '../../words';
import { Count } from './cells';

type Survival = AnalyticsSchemas['Survival'];
const palette = ['#1b5e9e', '#b3541e', '#2e7d32', '#8e24aa', '#00695c', '#6d4c41', '#c2185b', '#455a64'];

/**
 * Each group's Kaplan–Meier curve as steps: the share still waiting for education or a job,
 * month by month from the start of the course, starting at 100 % in month 0.
 */
export function curveRows(survival: Survival) {
  const months = new Set<number>([0]);
  survival.groups?.forEach((group) => group.curve?.points?.forEach((point) => months.add(point.month ?? 0)));
  const sorted = [...months].sort((a, b) => a - b);
  return sorted.map((month) => {
    const row: Record<string, number> = { month };
    survival.groups?.forEach((group) => {
      const points = group.curve?.points ?? [];
      if (points.length === 0) {
        return;
      }
      const last = [...points].reverse().find((point) => (point.month ?? 0) <= month);
      row[group.group ?? ''] = Math.round((last ? last.stillWaiting ?? 1 : 1) * 1000) / 10;
    });
    return row;
  });
}

export function SurvivalCurves({ survival }: { survival: Survival }) {
  const groups = (survival.groups ?? []).filter((group) => (group.curve?.points ?? []).length > 0);
  const rows = curveRows(survival);
  return (
    <>
      {groups.length === 0 ? <p>For få unge i kohorterne til at vise en kurve.</p> : (
        <figure>
          <div className="chart survival" role="img"
            aria-label={`Overlevelseskurver: andel der stadig venter på uddannelse eller job, ${groups.length} grupper; tallene står i tabellen nedenfor`}>
            <ResponsiveContainer width="100%" height={320}>
              <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 16, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" type="number" label={{ value: 'Måneder fra forløbets start', position: 'insideBottom', offset: -8 }} />
                <YAxis domain={[0, 100]} unit=" %" />
                <Tooltip formatter={(value) => `${value} %`} labelFormatter={(month) => `Måned ${month}`} />
                <Legend verticalAlign="top" />
                {groups.map((group, index) => (
                  <Line key={group.group} type="stepAfter" dataKey={group.group ?? ''} name={word(group.group)} stroke={palette[index % palette.length]}
                    dot={false} connectNulls isAnimationActive={false} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption>Kaplan–Meier: andelen, der endnu ikke er i uddannelse eller job.</figcaption>
        </figure>
      )}
      {(survival.groups ?? []).map((group) => (
        <details key={group.group} open={groups.length <= 2}>
          <summary>{word(group.group)}: <Count cell={group.curve?.subjects} /> unge{group.curve?.median !== undefined && group.curve?.median !== null && <>, median {group.curve.median} måneder</>}</summary>
          <table>
            <thead><tr><th scope="col">Måned</th><th scope="col">I risiko</th><th scope="col">Hændelser</th><th scope="col">Censureret</th><th scope="col">Venter stadig</th></tr></thead>
            <tbody>{(group.curve?.points ?? []).map((point) => (
              <tr key={point.month}>
                <td>{point.fromMonth !== point.month ? `${point.fromMonth}–${point.month}` : point.month}</td>
                <td><Count cell={point.atRisk} /></td><td><Count cell={point.events} /></td><td><Count cell={point.censored} /></td>
                <td>{((point.stillWaiting ?? 0) * 100).toLocaleString('da-DK', { maximumFractionDigits: 1 })} %</td>
              </tr>
            ))}</tbody>
          </table>
        </details>
      ))}
    </>
  );
}
