import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { analytics } from '../../api/client';
import type { AnalyticsSchemas } from '../../api/types';
import type { Person } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loaded } from '../../components/Query';
import { date, percent, word } from '../../words';
import { Count, ShareOf } from './cells';
import { SurvivalCurves } from './SurvivalCurves';
import { TransitionHeatmap } from './TransitionHeatmap';

type Cohort = NonNullable<AnalyticsSchemas['Survival']['cohort']>;
type Centre = NonNullable<AnalyticsSchemas['Indicators']['centre']>;
const cohorts: Cohort[] = ['ALL', 'START_YEAR', 'TARGET_GROUP', 'AGE_BAND', 'FIRST_CENTRE', 'OFFER', 'OFFER_COMBINATION'];

/**
 * The analyst's and the centre leader's view: the indicators and 2030 targets, survival curves
 * and transitions by cohort, and (for the analyst) rebuilding the projections from the log.
 * A centre leader sees their own centre's figures.
 */
export function AnalyticsDashboard({ person }: { person: Person }) {
  const centre = person.roles.includes('analyst') ? undefined : (person.centre as Centre | undefined);
  const [cohort, setCohort] = useState<Cohort>('TARGET_GROUP');
  const indicators = useQuery({
    queryKey: ['indicators', centre],
    queryFn: async () => (await analytics.GET('/indicators', { params: { query: { centre } } })).data!,
  });
  const survival = useQuery({
    queryKey: ['survival', cohort, centre],
    queryFn: async () => (await analytics.GET('/trajectories/survival', { params: { query: { by: cohort, centre } } })).data!,
  });
  const transitions = useQuery({
    queryKey: ['transitions', centre],
    queryFn: async () => (await analytics.GET('/trajectories/transitions', { params: { query: { by: 'ALL', centre } } })).data!,
  });
  return (
    <main id="indhold">
      <h1>Forløbsanalyse{centre && <> – {word(centre)}</>}</h1>
      <section aria-labelledby="maal-2030">
        <h2 id="maal-2030">Indikatorer og 2030-mål</h2>
        <Loaded query={indicators}>
          {(view) => (
            <table>
              <caption>Opgjort {date(view.asOf)}</caption>
              <tbody>
                <tr><th scope="row">Ikke i uddannelse eller job (under 25)</th><td><ShareOf share={view.targets2030?.neitherEducationNorJobUnder25} /></td></tr>
                <tr><th scope="row">Halveret siden {view.targets2030?.neitherEducationNorJobHalved?.baselineYear}</th>
                  <td>udgangspunkt <ShareOf share={view.targets2030?.neitherEducationNorJobHalved?.baseline} />; mål {percent(view.targets2030?.neitherEducationNorJobHalved?.target)}</td></tr>
                <tr><th scope="row">Gennemført ungdomsuddannelse som 25-årig</th><td><ShareOf share={view.targets2030?.completedYouthEducationAt25} /></td></tr>
                <tr><th scope="row">Erhvervsuddannelse efter 9. klasse</th><td><ShareOf share={view.targets2030?.vocationalAfterGrade9} /></td></tr>
                <tr><th scope="row">Underretninger vurderet inden 24 timer</th><td><ShareOf share={view.responseTimes?.assessedWithin24Hours} /></td></tr>
                <tr><th scope="row">Fristoverskridelser</th><td><Count cell={view.responseTimes?.deadlineBreaches} /></td></tr>
                <tr><th scope="row">Aktive forløb med møde inden for 12 uger</th><td><ShareOf share={view.activeCoursesWithMeetingInLast12Weeks} /></td></tr>
                <tr><th scope="row">Aftaler opfyldt</th><td><ShareOf share={view.agreementsFulfilled} /></td></tr>
              </tbody>
            </table>
          )}
        </Loaded>
      </section>
      <section aria-labelledby="overlevelse">
        <h2 id="overlevelse">Tid til uddannelse eller job</h2>
        <label htmlFor="kohorte">Kohorte</label>
        <select id="kohorte" value={cohort} onChange={(event) => setCohort(event.target.value as Cohort)}>
          {cohorts.map((option) => <option key={option} value={option}>{word(option)}</option>)}
        </select>
        <Loaded query={survival}>{(view) => <SurvivalCurves survival={view} />}</Loaded>
      </section>
      <section aria-labelledby="overgange">
        <h2 id="overgange">Overgange mellem tilstande</h2>
        <Loaded query={transitions}>{(view) => <TransitionHeatmap transitions={view} />}</Loaded>
      </section>
      {person.roles.includes('analyst') && <Rebuild />}
    </main>
  );
}

/** Rebuilding every projection from the log, without downtime: its progress while it runs. */
function Rebuild() {
  const [rebuildId, setRebuildId] = useState<string>();
  const start = useMutation({
    mutationFn: async () => (await analytics.POST('/rebuilds', {})).data!,
    onSuccess: (rebuild) => setRebuildId(rebuild.rebuildId),
  });
  const progress = useQuery({
    queryKey: ['rebuild', rebuildId],
    enabled: Boolean(rebuildId),
    queryFn: async () => (await analytics.GET('/rebuilds/{rebuildId}', { params: { path: { rebuildId: rebuildId! } } })).data!,
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });
  const rebuild = progress.data ?? start.data;
  const total = (rebuild?.partitions ?? []).reduce((sum, partition) => sum + (partition.end ?? 0), 0);
  const done = (rebuild?.partitions ?? []).reduce((sum, partition) => sum + Math.min(partition.position ?? 0, partition.end ?? 0), 0);
  return (
    <section aria-labelledby="genopbyg">
      <h2 id="genopbyg">Genopbyg fra loggen</h2>
      <p>Alle projektioner bygges forfra fra Kafka-loggen, mens de gamle svarer; de skiftes ud, når de nye har indhentet loggen.</p>
      <button type="button" onClick={() => start.mutate()} disabled={start.isPending || rebuild?.state === 'RUNNING'}>Start genopbygning</button>
      <ProblemAlert error={start.error ?? progress.error} />
      {rebuild && (
        <div role="status">
          <p>{word(rebuild.state)}: {rebuild.eventsReplayed?.toLocaleString('da-DK')} hændelser afspillet
            {rebuild.secondsToGo !== undefined && rebuild.state === 'RUNNING' && <>, ca. {rebuild.secondsToGo} s tilbage</>}</p>
          <progress max={total || 1} value={rebuild.state === 'COMPLETED' ? total || 1 : done} aria-label="Genopbygningens fremdrift" />
        </div>
      )}
    </section>
  );
}
