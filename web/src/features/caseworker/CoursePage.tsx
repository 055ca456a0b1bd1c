import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { plans } from '../../api/client';
import type { OnePlan } from '../../api/types';
import type { Person } from '../../auth/session';
import { Loaded } from '../../components/Query';
import { date, word } from '../../words';
import { courseKey, memberName, useCitizen, useCourse } from './course';
import { MeetingsSection } from './MeetingsSection';
import { ProgressionSection } from './ProgressionSection';
import { OffersSection } from './OffersSection';
import { TeamSection } from './TeamSection';

/**
 * The one-plan view (Borgerens Plan): everything the team needs on one page, in the young
 * person's own words first, and the acts of the team's daily work beside what they change.
 */
export function CoursePage({ person }: { person: Person }) {
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  const queries = useQueryClient();
  const breakTheGlass = async (category: string, reason: string) => {
    await plans.POST('/courses/{courseId}/emergency-access', { params: { path: { courseId } }, body: { category: category as 'ACUTE_DANGER', reason } });
    await queries.invalidateQueries({ queryKey: courseKey(courseId) });
  };
  return (
    <main id="indhold">
      {!course.isSuccess && <h1>Forløb</h1>}
      {/* Only the municipality's own caseworkers break the glass, never external team members. */}
      <Loaded query={course} onBreakTheGlass={person.roles.includes('caseworker') ? breakTheGlass : undefined}>
        {(plan) => <Plan plan={plan} person={person} onReload={() => course.refetch()} />}
      </Loaded>
    </main>
  );
}

function Plan({ plan, person, onReload }: { plan: OnePlan; person: Person; onReload: () => void }) {
  const citizen = useCitizen(plan.citizenId);
  return (
    <>
      <h1>{citizen.data?.name ?? 'Den unges'} forløb</h1>
      <p className="summary">
        {word(plan.status)} · {word(plan.reason)} · åbnet {date(plan.openedAt)}
        {plan.tovholderId && <> · tovholder {memberName(plan, plan.tovholderId)}</>}
        {' · '}<Link to={`/borgere/${plan.citizenId}/familie`}>Familiens forløb</Link>
      </p>
      {(plan.attention ?? []).length > 0 && (
        <section aria-labelledby="opmaerksomhed" className="attention">
          <h2 id="opmaerksomhed">Kræver opmærksomhed</h2>
          <ul>{plan.attention!.map((attention, index) => <li key={index}>{word(attention.kind)}: {attention.message}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="maal">
        <h2 id="maal">Drømme og mål – med den unges egne ord</h2>
        {plan.dreams && <p><strong>Drømme:</strong> {plan.dreams}</p>}
        {plan.perceivedPath && <p><strong>Vejen dertil:</strong> {plan.perceivedPath}</p>}
        <ul className="goals">
          {(plan.goals ?? []).map((goal) => (
            <li key={goal.goalId}>
              <strong>{word(goal.area)}:</strong> »{goal.inOwnWords}«{goal.how && <> – {goal.how}</>}{goal.byWhen && <> (inden {date(goal.byWhen)})</>}
              {(goal.subGoals ?? []).length > 0 && (
                <ul aria-label="Delmål">{goal.subGoals!.map((sub) => (
                  <li key={sub.subGoalId}>Delmål: {sub.description} – {word(sub.status)}{sub.dueDate && <>, senest {date(sub.dueDate)}</>}</li>
                ))}</ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <TeamSection plan={plan} person={person} onReload={onReload} />
      <section aria-labelledby="samtykker">
        <h2 id="samtykker">Samtykker</h2>
        <ul>{(plan.consents ?? []).map((consent, index) => (
          <li key={index}>{word(consent.givenBy)} {date(consent.recordedAt)}: deler med {(consent.sharedWith ?? []).map(word).join(', ')}</li>
        ))}</ul>
      </section>
      <MeetingsSection plan={plan} onReload={onReload} />
      <ProgressionSection plan={plan} person={person} onReload={onReload} />
      <OffersSection plan={plan} onReload={onReload} />
      <section aria-labelledby="overgange">
        <h2 id="overgange">Overgange</h2>
        {(plan.transitions ?? []).length === 0 ? <p>Ingen planlagte overgange.</p> : (
          <ul>{plan.transitions!.map((transition) => (
            <li key={transition.transitionId}>{word(transition.kind)}: {transition.description} – {date(transition.plannedFor)}
              {transition.completedAt && <> (gennemført {date(transition.completedAt)})</>}</li>
          ))}</ul>
        )}
      </section>
      <section aria-labelledby="proevehandlinger">
        <h2 id="proevehandlinger">Prøvehandlinger</h2>
        {(plan.trialActions ?? []).length === 0 ? <p>Ingen prøvehandlinger.</p> : (
          <table>
            <thead><tr><th scope="col">Hypotese</th><th scope="col">Forventet pris pr. år</th><th scope="col">Før pr. år</th><th scope="col">Besluttet</th></tr></thead>
            <tbody>{plan.trialActions!.map((trial) => (
              <tr key={trial.trialId}>
                <td>{trial.hypothesis}</td>
                <td>{kroner(trial.expectedCostPerYear)}</td>
                <td>{kroner(trial.costBeforePerYear)}</td>
                <td>{trial.approved === undefined || trial.approved === null ? 'Afventer' : trial.approved ? 'Godkendt' : 'Afvist'}{trial.reasoning && <> – {trial.reasoning}</>}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="kommentarer">
        <h2 id="kommentarer">Den unges kommentarer</h2>
        {(plan.comments ?? []).length === 0 ? <p>Ingen kommentarer.</p> : (
          <ul>{plan.comments!.map((comment) => <li key={comment.commentId}>{date(comment.addedAt)}: {comment.text}</li>)}</ul>
        )}
      </section>
    </>
  );
}

export function kroner(amount: number | undefined | null): string {
  return amount === undefined || amount === null ? '–' : `${amount.toLocaleString('da-DK')} kr.`;
}
