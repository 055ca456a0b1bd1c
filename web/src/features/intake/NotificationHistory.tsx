import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { referrals } from '../../api/client';
import { Loaded } from '../../components/Query';
import { date, word } from '../../words';

/** Every underretning about one young person over the years, and the flag when they add up. */
export function NotificationHistory() {
  const { citizenId = '' } = useParams();
  const history = useQuery({
    queryKey: ['history', citizenId],
    queryFn: async () => (await referrals.GET('/young-people/{citizenId}/underretninger', { params: { path: { citizenId } } })).data!,
  });
  return (
    <main id="indhold">
      <h1>Underretninger om den unge</h1>
      <Loaded query={history}>
        {(view) => (
          <>
            {view.flag && (
              <p className="attention" role="status">Markeret {date(view.flag.flaggedAt)}: {view.flag.notificationCount} underretninger
                fra {view.flag.sourceCount} kilder inden for {view.flag.windowMonths} måneder.</p>
            )}
            <table>
              <thead><tr><th scope="col">Modtaget</th><th scope="col">Fra</th><th scope="col">Bekymring</th><th scope="col">Afgørelse</th></tr></thead>
              <tbody>{[...(view.underretninger ?? [])].sort((a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? '')).map((item) => (
                <tr key={item.underretningId}>
                  <td>{date(item.receivedAt)}</td><td>{word(item.reporterKind)}</td><td>{(item.concerns ?? []).map(word).join(', ')}</td>
                  <td>{item.decision ? word(item.decision) : 'Ikke afgjort'}{item.assessmentOverdue && <strong> · vurdering for sent</strong>}</td>
                </tr>
              ))}</tbody>
            </table>
          </>
        )}
      </Loaded>
    </main>
  );
}
