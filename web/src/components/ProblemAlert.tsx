import { useState } from 'react';
import { describe, ProblemError } from '../api/problem';

const fieldWords: Record<string, string> = {
  'If-Match': 'version', 'Consistency-Token': 'læsning efter ændring',
};

/**
 * What a service answered, in words: the problem's detail, each field it names, and what can be
 * done. A 412 (changed by someone else since it was read) offers to reload; a 403 for need-to-know
 * offers break-the-glass with a reason where the screen can ask for it.
 */
export function ProblemAlert({ error, onReload, onBreakTheGlass }: {
  error: unknown;
  onReload?: () => void;
  onBreakTheGlass?: (category: string, reason: string) => Promise<void>;
}) {
  if (!error) {
    return null;
  }
  const problem = error instanceof ProblemError ? error : undefined;
  const fields = problem ? Object.entries(problem.fields) : [];
  return (
    <div role="alert" className="problem">
      <p><strong>{describe(error)}</strong></p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, message]) => <li key={field}><code>{fieldWords[field] ?? field}</code>: {message}</li>)}
        </ul>
      )}
      {problem?.isStale && onReload && (
        <p>Nogen har ændret forløbet, siden du hentede det. <button type="button" onClick={onReload}>Hent den nyeste udgave</button></p>
      )}
      {problem?.offersBreakTheGlass && onBreakTheGlass && <BreakTheGlass onSubmit={onBreakTheGlass} />}
    </div>
  );
}

function BreakTheGlass({ onSubmit }: { onSubmit: (category: string, reason: string) => Promise<void> }) {
  const [category, setCategory] = useState('ACUTE_DANGER');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>();
  return (
    <form className="break-the-glass" onSubmit={(event) => {
      event.preventDefault();
      setFailure(undefined);
      onSubmit(category, reason).catch(setFailure);
    }}>
      <p>Du er ikke i forløbets team. I en nødsituation kan du få adgang i en time. Adgangen og din begrundelse logges og ses af tovholderen.</p>
      <label>Årsag
        <select value={category} onChange={(event) => setCategory(event.target.value)}>
          <option value="ACUTE_DANGER">Akut fare</option>
          <option value="AUTHORITY_REQUEST">Henvendelse fra myndighed</option>
          <option value="TEAM_UNREACHABLE">Teamet kan ikke træffes</option>
          <option value="LEGAL_DEADLINE">Lovbestemt frist</option>
        </select>
      </label>
      <label>Begrundelse (mindst fire ord)
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} aria-invalid={failure instanceof ProblemError && 'reason' in failure.fields} />
      </label>
      <button type="submit">Bryd glasset</button>
      {failure !== undefined && <ProblemAlert error={failure} />}
    </form>
  );
}
