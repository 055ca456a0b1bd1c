import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ifMatch, offers, plans } from '../../api/client';
import type { OnePlan } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { date, word } from '../../words';
import { useCourseChange } from './course';

/** The offers running in the course, starting one from the catalogue, and the double-offer warnings. */
export function OffersSection({ plan, onReload }: { plan: OnePlan; onReload: () => void }) {
  const warnings = (plan.doubleOfferWarnings ?? []).filter((warning) => !warning.acknowledgedBecause);
  const running = plan.offers ?? [];
  return (
    <section aria-labelledby="tilbud">
      <h2 id="tilbud">Tilbud i forløbet</h2>
      {running.length === 0 ? <p>Ingen tilbud endnu.</p> : (
        <ul>{running.map((offer) => (
          <li key={`${offer.offerId}-${offer.startedOn}`}>{offer.name} ({word(offer.centre)}) fra {date(offer.startedOn)}
            {offer.endedOn && <> til {date(offer.endedOn)}</>}</li>
        ))}</ul>
      )}
      {warnings.map((warning) => (
        <AcknowledgeDoubleOffer key={warning.warningId} plan={plan} warningId={warning.warningId!}
          offerName={running.find((offer) => offer.offerId === warning.offerId)?.name ?? 'Tilbuddet'}
          overlapping={running.filter((offer) => warning.overlappingOfferIds?.includes(offer.offerId!)).map((offer) => offer.name ?? '')}
          needs={(warning.needCategories ?? []).map(word)} onReload={onReload} />
      ))}
      {plan.status !== 'CLOSED' && <StartOffer plan={plan} onReload={onReload} />}
    </section>
  );
}

function AcknowledgeDoubleOffer({ plan, warningId, offerName, overlapping, needs, onReload }: {
  plan: OnePlan; warningId: string; offerName: string; overlapping: string[]; needs: string[]; onReload: () => void;
}) {
  const [reason, setReason] = useState('');
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/double-offer-warnings/{warningId}/acknowledgement', {
    params: { path: { courseId: plan.courseId!, warningId }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { reason },
  }));
  return (
    <form className="warning" role="group" aria-labelledby={`dobbelt-${warningId}`} onSubmit={(event) => { event.preventDefault(); change.mutate(undefined); }}>
      <h3 id={`dobbelt-${warningId}`}>Advarsel: dobbelttilbud</h3>
      <p>{offerName} dækker samme behov ({needs.join(', ')}) som {overlapping.join(', ') || 'et tilbud fra et andet center'}.
        Teamet kvitterer med en begrundelse, hvis begge skal fortsætte.</p>
      <Field label="Begrundelse" name="reason" error={change.error}>
        {(props) => <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Kvittér for dobbelttilbuddet</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}

function StartOffer({ plan, onReload }: { plan: OnePlan; onReload: () => void }) {
  const [search, setSearch] = useState('');
  const [offerId, setOfferId] = useState('');
  const [startedOn, setStartedOn] = useState(new Date().toISOString().slice(0, 10));
  const found = useQuery({
    queryKey: ['offers', 'search', search],
    enabled: search.trim().length > 1,
    queryFn: async () => (await offers.GET('/offers', { params: { query: { q: search, status: 'PUBLISHED' } } })).data!,
  });
  const change = useCourseChange(plan.courseId!, () => plans.POST('/courses/{courseId}/offers', {
    params: { path: { courseId: plan.courseId! }, header: { 'If-Match': ifMatch(plan.version) } },
    body: { offerId, startedOn },
  }));
  return (
    <form aria-labelledby="start-tilbud" onSubmit={(event) => { event.preventDefault(); change.mutate(undefined, { onSuccess: () => setOfferId('') }); }}>
      <h3 id="start-tilbud">Start et tilbud</h3>
      <Field label="Søg i tilbudsviften" name="q" error={found.error}>
        {(props) => <input {...props} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field label="Tilbud" name="offerId" error={change.error}>
        {(props) => (
          <select {...props} value={offerId} onChange={(event) => setOfferId(event.target.value)}>
            <option value="">{found.data ? `Vælg blandt ${found.data.items?.length ?? 0}` : 'Søg først'}</option>
            {(found.data?.items ?? []).map((offer) => (
              <option key={offer.offerId} value={offer.offerId}>{offer.details?.name} ({word(offer.details?.owningCentre)})</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Startdato" name="startedOn" error={change.error}>
        {(props) => <input {...props} type="date" value={startedOn} onChange={(event) => setStartedOn(event.target.value)} />}
      </Field>
      <button type="submit" disabled={change.isPending}>Start tilbuddet</button>
      <ProblemAlert error={change.error} onReload={onReload} />
    </form>
  );
}
