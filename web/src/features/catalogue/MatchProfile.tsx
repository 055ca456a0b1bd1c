import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { offers } from '../../api/client';
import type { OffersSchemas } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { word } from '../../words';

type Need = OffersSchemas['OfferMatchRequest']['needCategories'][number];
const needs: Need[] = ['SCHOOL_ATTENDANCE', 'LEARNING', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'HOUSING', 'FAMILY_SUPPORT', 'SOCIAL_NETWORK',
  'EVERYDAY_MASTERY', 'EDUCATION_GUIDANCE', 'EMPLOYMENT', 'PHYSICAL_HEALTH', 'ECONOMY'];

/** A young person's profile (age, needs, goals) matched against the tilbudsvifte, best first, with why. */
export function MatchProfile() {
  const [age, setAge] = useState('');
  const [chosen, setChosen] = useState<Need[]>([]);
  const [goals, setGoals] = useState('');
  const match = useMutation({
    mutationFn: async () => (await offers.POST('/offers/match', {
      body: { age: (age === '' ? null : Number(age)) as number, needCategories: chosen, goals: goals || undefined },
    })).data!,
  });
  return (
    <main id="indhold">
      <h1>Match en profil med tilbudsviften</h1>
      <form onSubmit={(event) => { event.preventDefault(); match.mutate(); }}>
        <Field label="Alder" name="age" error={match.error}>
          {(props) => <input {...props} type="number" value={age} onChange={(event) => setAge(event.target.value)} />}
        </Field>
        <fieldset className={match.error && 'needCategories' in ((match.error as { fields?: object }).fields ?? {}) ? 'invalid' : undefined}>
          <legend>Behov</legend>
          {needs.map((need) => (
            <label key={need}><input type="checkbox" name="needCategories" checked={chosen.includes(need)}
              onChange={(event) => setChosen(event.target.checked ? [...chosen, need] : chosen.filter((value) => value !== need))} /> {word(need)}</label>
          ))}
        </fieldset>
        <Field label="Mål med egne ord" name="goals" error={match.error}>
          {(props) => <input {...props} value={goals} onChange={(event) => setGoals(event.target.value)} />}
        </Field>
        <button type="submit" disabled={match.isPending}>Find tilbud</button>
        <ProblemAlert error={match.error} />
      </form>
      {match.data && (
        <section aria-labelledby="forslag">
          <h2 id="forslag">{match.data.length} forslag</h2>
          <ol>{match.data.map((offer) => (
            <li key={offer.offerId}><Link to={`/tilbud/${offer.offerId}`}>{offer.details?.name}</Link>
              {(offer.reasons ?? []).length > 0 && <div className="muted">{offer.reasons!.join('; ')}</div>}</li>
          ))}</ol>
        </section>
      )}
    </main>
  );
}
