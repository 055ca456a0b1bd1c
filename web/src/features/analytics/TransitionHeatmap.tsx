import type { AnalyticsSchemas } from '../../api/types';
import { word } from '../../words';
import { Count } from './cells';

type Transitions = AnalyticsSchemas['Transitions'];
const states = ['GRADE_SCHOOL', 'YOUTH_EDUCATION', 'COMPLETED_YOUTH_EDUCATION', 'JOB', 'NEITHER_EDUCATION_NOR_JOB', 'MOVED_AWAY'];

/**
 * The heat of a share: light for few, dark for many. Below half, black text on 97–50 % lightness;
 * from half, white text on 40–30 %: both keep the contrast WCAG AA asks (4.5:1), which no
 * lightness between 41 and 49 % gives either colour.
 */
export function heat(share: number | undefined): { background: string; color: string } {
  if (share === undefined) {
    return { background: 'transparent', color: 'inherit' };
  }
  if (share < 0.5) {
    return { background: `hsl(210 70% ${Math.round(97 - share * 94)}%)`, color: '#111' };
  }
  return { background: `hsl(210 70% ${Math.round(40 - (share - 0.5) * 20)}%)`, color: '#fff' };
}

/** Month-to-month transitions between states as a heat map: rows from, columns to, each cell its row share. */
export function TransitionHeatmap({ transitions }: { transitions: Transitions }) {
  return (
    <>
      {(transitions.groups ?? []).map((group) => (
        <table key={group.group} className="heatmap">
          <caption>{word(group.group)}: <Count cell={group.subjects} /> unge; rækken er tilstanden en måned, kolonnen den næste</caption>
          <thead><tr><th scope="col">Fra \ til</th>{states.map((state) => <th key={state} scope="col">{word(state)}</th>)}<th scope="col">I alt</th></tr></thead>
          <tbody>{(group.rows ?? []).map((row) => (
            <tr key={row.from}>
              <th scope="row">{word(row.from)}</th>
              {states.map((state) => {
                const cell = row.counts?.[state];
                const share = row.shares?.[state];
                const style = cell?.suppressed ? { background: 'repeating-linear-gradient(45deg,#eee,#eee 4px,#ddd 4px,#ddd 8px)', color: '#111' } : heat(share);
                return (
                  <td key={state} style={style} className={cell?.suppressed ? 'suppressed-cell' : undefined}>
                    {cell?.suppressed ? 'skjult' : share === undefined ? <Count cell={cell} /> : `${Math.round(share * 100)} %`}
                  </td>
                );
              })}
              <td><Count cell={row.total} /></td>
            </tr>
          ))}</tbody>
        </table>
      ))}
    </>
  );
}
