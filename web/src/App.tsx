import { useEffect, useRef, useState } from 'react';
import { NavLink, Route, Routes, useNavigate } from 'react-router-dom';
import { useSession, type Person, type Role } from './auth/session';
import { Worklist } from './features/caseworker/Worklist';
import { CoursePage } from './features/caseworker/CoursePage';
import { FamilyPage } from './features/caseworker/FamilyPage';
import { OwnPlan } from './features/youngperson/OwnPlan';
import { Inbox } from './features/intake/Inbox';
import { RegisterUnderretning } from './features/intake/RegisterUnderretning';
import { NotificationHistory } from './features/intake/NotificationHistory';
import { Catalogue } from './features/catalogue/Catalogue';
import { OfferPage } from './features/catalogue/OfferPage';
import { MatchProfile } from './features/catalogue/MatchProfile';
import { AnalyticsDashboard } from './features/analytics/AnalyticsDashboard';
import { describe } from './api/problem';

const roleWords: Record<Role, string> = {
  caseworker: 'sagsbehandler', 'team-member': 'teammedlem', 'centre-leader': 'centerleder', 'intake-worker': 'modtagelse',
  'catalogue-editor': 'tilbudsredaktør', analyst: 'analytiker', dpo: 'databeskyttelsesrådgiver', operator: 'drift',
  'young-person': 'ung', guardian: 'forælder',
};

const has = (person: Person, ...roles: Role[]) => roles.some((role) => person.roles.includes(role));

/** The screens of the person signed in: each sees their own work first. */
function Home({ person }: { person: Person }) {
  if (has(person, 'caseworker', 'team-member')) {
    return <Worklist person={person} />;
  }
  if (has(person, 'young-person', 'guardian')) {
    return <OwnPlan person={person} />;
  }
  if (has(person, 'intake-worker')) {
    return <Inbox />;
  }
  if (has(person, 'analyst', 'centre-leader')) {
    return <AnalyticsDashboard person={person} />;
  }
  return <Catalogue />;
}

function Navigation({ person }: { person: Person }) {
  return (
    <nav aria-label="Hovedmenu">
      <ul>
        <li><NavLink to="/" end>{has(person, 'young-person', 'guardian') ? 'Min plan' : 'Forside'}</NavLink></li>
        {has(person, 'intake-worker') && <li><NavLink to="/underretninger/ny">Registrér underretning</NavLink></li>}
        {has(person, 'analyst', 'centre-leader') && !has(person, 'caseworker') && <li><NavLink to="/analyse">Analyse</NavLink></li>}
        <li><NavLink to="/tilbud" end>Tilbudsvifte</NavLink></li>
        <li><NavLink to="/tilbud/match">Match en profil</NavLink></li>
      </ul>
    </nav>
  );
}

function SignIn() {
  const { signIn } = useSession();
  return (
    <main id="indhold">
      <h1>Sammen</h1>
      <p>Sammenhængende borgerforløb for unge mellem 13 og 30 år: ét forløb, én tovholder, ét team og én fælles plan.</p>
      <button type="button" onClick={() => signIn()}>Log ind</button>
    </main>
  );
}

function Callback() {
  const { completeSignIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>();
  const once = useRef(false);
  useEffect(() => {
    if (once.current) {
      return;
    }
    once.current = true;
    completeSignIn().then((back) => navigate(back.startsWith('/callback') ? '/' : back, { replace: true })).catch(setFailure);
  }, [completeSignIn, navigate]);
  return <main id="indhold"><h1>Logger ind…</h1>{failure !== undefined && <p role="alert">Login mislykkedes: {describe(failure)}</p>}</main>;
}

export function App() {
  const { person, signOut } = useSession();
  return (
    <>
      <a className="skip" href="#indhold">Gå til indhold</a>
      <header>
        <span className="brand">Sammen</span>
        {person && (
          <>
            <Navigation person={person} />
            <span className="who">{person.name} ({person.roles.map((role) => roleWords[role] ?? role).join(', ')})
              <button type="button" onClick={() => signOut()}>Log ud</button></span>
          </>
        )}
      </header>
      <Routes>
        <Route path="/callback" element={<Callback />} />
        {person ? (
          <>
            <Route path="/" element={<Home person={person} />} />
            <Route path="/forloeb/:courseId" element={<CoursePage person={person} />} />
            <Route path="/borgere/:citizenId/familie" element={<FamilyPage />} />
            <Route path="/underretninger/ny" element={<RegisterUnderretning />} />
            <Route path="/unge/:citizenId/underretninger" element={<NotificationHistory />} />
            <Route path="/tilbud" element={<Catalogue />} />
            <Route path="/tilbud/match" element={<MatchProfile />} />
            <Route path="/tilbud/:offerId" element={<OfferPage />} />
            <Route path="/analyse" element={<AnalyticsDashboard person={person} />} />
            <Route path="*" element={<main id="indhold"><h1>Siden findes ikke</h1></main>} />
          </>
        ) : (
          <Route path="*" element={<SignIn />} />
        )}
      </Routes>
    </>
  );
}
