import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { referrals } from '../../api/client';
import { Loaded } from '../../components/Query';
import { date, word } from '../../words';
import { timeLeft } from './clock';

function useNow(everyMillis: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMillis);
    return () => window.clearInterval(timer);
  }, [everyMillis]);
  return now;
}

function Clock({ due, done, label }: { due?: string; done?: string; label: string }) {
  const now = useNow(30_000);
  if (done) {
    return <span className="clock done">{label}: klaret {date(done)}</span>;
  }
  const left = timeLeft(due, now);
  return <span className={left.overdue ? 'clock overdue' : 'clock'}>{label}: {left.words}</span>;
}

/** The intake worker's inbox: every underretning not yet done, with its two legal clocks. */
export function Inbox() {
  const inbox = useQuery({
    queryKey: ['inbox'],
    queryFn: async () => (await referrals.GET('/intake/inbox', {})).data!,
    refetchInterval: 60_000,
  });
  return (
    <main id="indhold">
      <h1>Indbakke – underretninger</h1>
      <p><Link to="/underretninger/ny">Registrér en ny underretning</Link></p>
      <Loaded query={inbox}>
        {(items) => items.length === 0 ? <p>Indbakken er tom.</p> : (
          <table>
            <caption>Vurdering inden 24 timer; kvittering til underretteren inden 6 hverdage</caption>
            <thead><tr><th scope="col">Modtaget</th><th scope="col">Fra</th><th scope="col">Bekymring</th><th scope="col">24 timer</th><th scope="col">6 hverdage</th><th scope="col">Den unge</th></tr></thead>
            <tbody>{items.map((item) => (
              <tr key={item.underretningId} data-underretning={item.underretningId}>
                <td>{date(item.receivedAt)}</td>
                <td>{word(item.reporterKind)}</td>
                <td>{(item.concerns ?? []).map(word).join(', ')}</td>
                <td><Clock label="Vurdering" due={item.assessmentDue} done={item.assessedAt} /></td>
                <td><Clock label="Kvittering" due={item.receiptDue} done={item.receiptSentAt} /></td>
                <td>{item.citizenId ? <Link to={`/unge/${item.citizenId}/underretninger`}>Historik</Link> : 'Ukendt'}</td>
              </tr>
            ))}</tbody>
          </table>
        )}
      </Loaded>
    </main>
  );
}
