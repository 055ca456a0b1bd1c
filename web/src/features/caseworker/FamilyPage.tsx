import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { plans } from '../../api/client';
import { Loaded } from '../../components/Query';
import { word } from '../../words';
import { useCitizen } from './course';

function Name({ citizenId }: { citizenId?: string }) {
  return <>{useCitizen(citizenId).data?.name ?? 'Familiemedlem'}</>;
}

/** The family view (the Maja case): every member's courses side by side, so no effort runs blind to another. */
export function FamilyPage() {
  const { citizenId = '' } = useParams();
  const family = useQuery({
    queryKey: ['family', citizenId],
    queryFn: async () => (await plans.GET('/citizens/{citizenId}/family', { params: { path: { citizenId } } })).data!,
  });
  return (
    <main id="indhold">
      <h1>Familiens forløb</h1>
      <Loaded query={family}>
        {(view) => (
          <table>
            <thead><tr><th scope="col">Familiemedlem</th><th scope="col">Forløb</th></tr></thead>
            <tbody>{(view.members ?? []).map((member) => (
              <tr key={member.citizenId}>
                <td><Name citizenId={member.citizenId} /></td>
                <td>{(member.courses ?? []).length === 0 ? 'Intet forløb' : (
                  <ul>{member.courses!.map((course) => (
                    <li key={course.courseId}><Link to={`/forloeb/${course.courseId}`}>{word(course.status)}</Link>
                      {(course.openAttention ?? 0) > 0 && <> · {course.openAttention} punkter kræver opmærksomhed</>}</li>
                  ))}</ul>
                )}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
      </Loaded>
    </main>
  );
}
