import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ifMatch, plans } from '../../api/client';
import type { OnePlan, PlansSchemas } from '../../api/types';
import type { Person } from '../../auth/session';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { date, word } from '../../words';
import { memberName, useCourseChange } from './course';

type Dimension = PlansSchemas['MeasurementRequest']['dimension'];
const dimensions: Dimension[] = ['ATTENDANCE', 'WELL_BEING', 'MASTERY', 'IMPULSE_CONTROL'];
/** Attendance (fremmøde) is measured in percent; the rest on the team's 0–10 scale. */
export const scaleOf = (dimension: Dimension): [number, number] => (dimension === 'ATTENDANCE' ? [0, 100] : [0, 10]);
const colours: Record<Dimension, string> = { ATTENDANCE: '#1b5e9e', WELL_BEING: '#2e7d32', MASTERY: '#8e24aa', IMPULSE_CONTROL: '#b3541e' };

/**
 * Each measurement on its own scale, as a share of the way from its minimum to its maximum
 * (0–100 %), so dimensions measured on different scales share one chart.
 */
export function progressionSeries(measurements: PlansSchemas['Measurement'][]) {
  const byDay = new Map<string, Record<string, number | string>>();
  for (const measurement of [...measurements].sort((a, b) => (a.measuredOn ?? '').localeCompare(b.measuredOn ?? ''))) {
    const span = (measurement.scaleMax ?? 1) - (measurement.scaleMin ?? 0);
    const share = span > 0 ? ((measurement.value ?? 0) - (measurement.scaleMin ?? 0)) / span : 0;
    const day = byDay.get(measurement.measuredOn!) ?? { measuredOn: measurement.measuredOn! };
    day[measurement.dimension!] = Math.round(share * 1000) / 10;
    byDay.set(measurement.measuredOn!, day);
  }
  return [...byDay.values()];
}

export function ProgressionSection({ plan, person, onReload }: { plan: OnePlan; person: Person; onReload: () => void }) {
  const measurements = plan.progression ?? [];
  const series = progressionSeries(measurements);
  const shown = dimensions.filter((dimension) => measurements.some((measurement) => measurement.dimension === dimension));
  return (
    <section aria-labelledby="progression">
      <h2 id="progression">Progression over tid</h2>
      {series.length === 0 ? <p>Ingen målinger endnu.</p> : (
        <figure>
          <div className="chart" role="img" aria-label={`Progression: ${shown.map(word).join(', ')}, ${series.length} målinger`}>
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="measuredOn" tickFormatter={(value: string) => date(value)} />
                <YAxis domain={[0, 100]} unit=" %" />
                <Tooltip labelFormatter={(value) => date(String(value))} />
                <Legend />
                {shown.map((dimension) => (
                  <Line key={dimension} type="monotone" dataKey={dimension} name={word(dimension)} stroke={colours[dimension]} connectNulls dot isAnimationActive={false} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption>Målingerne som andel af skalaen (0–100 %).</figcaption>
        </figure>
      )}
      {measurements.length > 0 && (
        <table>
          <caption>Målinger</caption>
          <thead><tr><th scope="col">Dato</th><th scope="col">Område</th><th scope="col">Værdi</th><th scope="col">Målt af</th></tr></thead>
          <tbody>{measurements.map((measurement) => (
            <tr key={measurement.measurementId}><td>{date(measurement.measuredOn)}</td><td>{word(measurement.dimension)}</td>
              <td>{measurement.value} af {measurement.scaleMin}–{measurement.scaleMax}</td><td>{memberName(plan, measurement.measuredBy)}</td></tr>
          ))}</tbody>
        </table>
      )}
      <RecordProgression plan={plan} person={person} onReload={onReload} />
    </section>
  );
}

function RecordProgression({ plan, person, onReload }: { plan: OnePlan; person: Person; onReload: () => void }) {
  const [dimension, setDimension] = useState<Dimension>('WELL_BEING');
  const [value, setValue] = useState('');
  const [measuredOn, setMeasuredOn] = useState(new Date().toISOString().slice(0, 10));
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/progression', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { dimension, scaleMin: scaleOf(dimension)[0], scaleMax: scaleOf(dimension)[1], value: (value === '' ? null : Number(value)) as number, measuredBy: person.id, measuredOn },
  }));
  return (
    <form aria-labelledby="registrer" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined, { onSuccess: () => setValue('') }); }}>
      <h3 id="registrer">Registrér progression</h3>
      <Field label="Område" name="dimension" error={change.error}>
        {(props) => (
          <select {...props} value={dimension} onChange={(event) => setDimension(event.target.value as Dimension)}>
            {dimensions.map((option) => <option key={option} value={option}>{word(option)}</option>)}
          </select>
        )}
      </Field>
      <Field label="Værdi" name="value" error={change.error} hint={dimension === 'ATTENDANCE' ? 'Fremmøde i procent, 0–100' : 'På en skala fra 0 til 10'}>
        {(props) => <input {...props} type="number" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />}
      </Field>
      <Field label="Målt den" name="measuredOn" error={change.error}>
        {(props) => <input {...props} type="date" value={measuredOn} onChange={(event) => setMeasuredOn(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Registrér</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}
