import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { plans } from '../../api/client';
import type { Person } from '../../auth/session';
import { Loaded } from '../../components/Query';
import { date, word } from '../../words';
import { useCitizen } from './course';

function CitizenName({ citizenId }: { citizenId?: string }) {
  const citizen = useCitizen(citizenId);
  return <>{citizen.data?.name ?? 'Ung'}</>;
}

/** The caseworker's day: their courses with what needs attention, and their open tasks. */
export function Worklist({ person }: { person: Person }) {
  const worklist = useQuery({
    queryKey: ['worklist', person.id],
    queryFn: async () => (await plans.GET('/worklists/{professionalId}', { params: { path: { professionalId: person.id } } })).data!,
  });
  return (
    <main id="indhold">
      <h1>Min arbejdsliste</h1>
      <Loaded query={worklist}>
        {(list) => (
          <>
            <section aria-labelledby="forloeb">
              <h2 id="forloeb">Mine forløb ({list.items?.length ?? 0})</h2>
              <table>
                <thead><tr><th scope="col">Ung</th><th scope="col">Status</th><th scope="col">Rolle</th><th scope="col">Opmærksomhed</th></tr></thead>
                <tbody>
                  {(list.items ?? []).map((item) => (
                    <tr key={item.courseId}>
                      <td><Link to={`/forloeb/${item.courseId}`}><CitizenName citizenId={item.citizenId} /></Link></td>
                      <td>{word(item.status)}</td>
                      <td>{item.tovholder ? 'Tovholder' : 'Teammedlem'}</td>
                      <td>{(item.attention ?? []).length === 0 ? 'Intet' : (
                        <ul>{item.attention!.map((attention, index) => <li key={index}>{word(attention.kind)}</li>)}</ul>
                      )}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-labelledby="opgaver">
              <h2 id="opgaver">Åbne opgaver ({list.tasks?.length ?? 0})</h2>
              <ul className="tasks">
                {(list.tasks ?? []).map((task) => (
                  <li key={task.taskId} className={task.overdue ? 'overdue' : undefined}>
                    <Link to={`/forloeb/${task.courseId}`}>{word(task.kind)}</Link>
                    {' – '}<CitizenName citizenId={task.citizenId} />
                    {task.dueOn && <> · frist {date(task.dueOn)}</>}
                    {task.overdue && <strong> · overskredet</strong>}
                  </li>
                ))}
              </ul>
            </section>
            {(list.breakTheGlass ?? []).length > 0 && (
              <section aria-labelledby="noedadgang">
                <h2 id="noedadgang">Nødadgang til mine forløb</h2>
                <ul>{list.breakTheGlass!.map((grant) => (
                  <li key={grant.grantId}>{date(grant.grantedAt)}: {word(grant.category)} – {grant.reason}</li>
                ))}</ul>
              </section>
            )}
          </>
        )}
      </Loaded>
    </main>
  );
}
