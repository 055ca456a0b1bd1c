import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, plans } from '../../api/client';
import type { OnePlan, PlansSchemas } from '../../api/types';
import type { Person } from '../../auth/session';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loaded } from '../../components/Query';
import { date, word } from '../../words';

type Area = PlansSchemas['GoalRequest']['area'];

/**
 * The young person's own plan in plain Danish: their goals in their own words, what has been
 * agreed and by whom, the next meeting; they add a goal or a comment themselves.
 */
export function OwnPlan({ person }: { person: Person }) {
  const courses = useQuery({
    queryKey: ['own-courses'],
    queryFn: async () => (await plans.GET('/courses', {})).data!,
  });
  const isGuardian = person.roles.includes('guardian') && !person.roles.includes('young-person');
  return (
    <main id="indhold">
      <h1>{isGuardian ? 'Dine børns planer' : 'Min plan'}</h1>
      <Loaded query={courses}>
        {(page) => {
          const open = (page.items ?? []).filter((course) => course.status !== 'CLOSED');
          if (open.length === 0) {
            return <p>Du har ikke et forløb lige nu.</p>;
          }
          return open.map((course) => <CoursePlan key={course.courseId} plan={course} person={person} mayWrite={!isGuardian} />);
        }}
      </Loaded>
    </main>
  );
}

function CoursePlan({ plan, person, mayWrite }: { plan: OnePlan; person: Person; mayWrite: boolean }) {
  const now = Date.now();
  const next = (plan.meetings ?? []).filter((meeting) => !meeting.heldAt && Date.parse(meeting.scheduledFor ?? '') > now)
    .sort((a, b) => (a.scheduledFor ?? '').localeCompare(b.scheduledFor ?? ''))[0];
  const tovholder = plan.team?.find((member) => member.memberId === plan.tovholderId);
  return (
    <article aria-label="Forløbet">
      <p>{tovholder ? <>Din tovholder er <strong>{tovholder.name}</strong>. Det er den, du kan spørge om alt.</> : 'Du får snart en tovholder.'}</p>
      <section aria-labelledby="naeste-moede">
        <h2 id="naeste-moede">Næste møde</h2>
        <p>{next ? <>Vi ses <strong>{date(next.scheduledFor)}</strong>.</> : 'Der er ikke aftalt et nyt møde endnu.'}</p>
      </section>
      <section aria-labelledby="mine-maal">
        <h2 id="mine-maal">Mine mål</h2>
        {plan.dreams && <p>Min drøm: {plan.dreams}</p>}
        <ul>{(plan.goals ?? []).map((goal) => (
          <li key={goal.goalId}>»{goal.inOwnWords}« <span className="muted">({word(goal.area)}{goal.byWhen && <>, inden {date(goal.byWhen)}</>})</span>
            {goal.how && <div>Sådan: {goal.how}</div>}</li>
        ))}</ul>
        {mayWrite && <AddGoal plan={plan} person={person} />}
      </section>
      <section aria-labelledby="aftaler">
        <h2 id="aftaler">Det har vi aftalt</h2>
        {(plan.agreements ?? []).length === 0 ? <p>Ingen aftaler endnu.</p> : (
          <ul>{plan.agreements!.map((agreement) => (
            <li key={agreement.agreementId}>
              <strong>{agreement.party === 'YOUNG_PERSON' ? 'Dig' : agreement.partyName ?? plan.team?.find((member) => member.memberId === agreement.partyMemberId)?.name ?? word(agreement.party)}:</strong>{' '}
              {agreement.what} – senest {date(agreement.dueDate)}{agreement.followedUpAt && <> ({agreement.fulfilled ? 'klaret' : 'ikke klaret'})</>}
            </li>
          ))}</ul>
        )}
      </section>
      <section aria-labelledby="kommentarer">
        <h2 id="kommentarer">Mine kommentarer</h2>
        <ul>{(plan.comments ?? []).map((comment) => <li key={comment.commentId}>{date(comment.addedAt)}: {comment.text}</li>)}</ul>
        {mayWrite && <AddComment plan={plan} />}
      </section>
    </article>
  );
}

function useOwnChange(change: () => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queries.invalidateQueries({ queryKey: ['own-courses'] }) });
}

function AddGoal({ plan, person }: { plan: OnePlan; person: Person }) {
  const [inOwnWords, setInOwnWords] = useState('');
  const [how, setHow] = useState('');
  const [area, setArea] = useState<Area>('LIFE');
  const [byWhen, setByWhen] = useState('');
  const change = useOwnChange(() => plans.POST('/courses/{courseId}/goals', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { area, inOwnWords, how, byWhen, responsibleId: person.id },
  }));
  return (
    <form aria-labelledby="nyt-maal" onSubmit={(event) => {
      event.preventDefault();
      change.mutate(undefined, { onSuccess: () => { setInOwnWords(''); setHow(''); setByWhen(''); } });
    }}>
      <h3 id="nyt-maal">Skriv et nyt mål</h3>
      <Field label="Mit mål, med mine egne ord" name="inOwnWords" error={change.error}>
        {(props) => <input {...props} value={inOwnWords} onChange={(event) => setInOwnWords(event.target.value)} />}
      </Field>
      <Field label="Sådan vil jeg nå det" name="how" error={change.error}>
        {(props) => <input {...props} value={how} onChange={(event) => setHow(event.target.value)} />}
      </Field>
      <Field label="Det handler om" name="area" error={change.error}>
        {(props) => (
          <select {...props} value={area} onChange={(event) => setArea(event.target.value as Area)}>
            {(['LIFE', 'EDUCATION', 'JOB', 'GENERAL_COMMUNITY'] as const).map((option) => <option key={option} value={option}>{word(option)}</option>)}
          </select>
        )}
      </Field>
      <Field label="Hvornår vil jeg have nået det" name="byWhen" error={change.error}>
        {(props) => <input {...props} type="date" value={byWhen} onChange={(event) => setByWhen(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Tilføj mit mål</button>
      <ProblemAlert error={change.error} onReload={() => change.reset()} />
    </form>
  );
}

function AddComment({ plan }: { plan: OnePlan }) {
  const [text, setText] = useState('');
  const change = useOwnChange(() => plans.POST('/courses/{courseId}/comments', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { text },
  }));
  return (
    <form aria-labelledby="ny-kommentar" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined, { onSuccess: () => setText('') }); }}>
      <h3 id="ny-kommentar">Skriv en kommentar</h3>
      <Field label="Kommentar" name="text" error={change.error}>
        {(props) => <textarea {...props} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Send kommentaren</button>
      <ProblemAlert error={change.error} />
    </form>
  );
}
