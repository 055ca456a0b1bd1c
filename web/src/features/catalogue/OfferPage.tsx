import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { offers } from '../../api/client';
import { Loaded } from '../../components/Query';
import { word } from '../../words';

/** One offer of the tilbudsvifte: what it is, for whom, what it costs, and whether there is a place. */
export function OfferPage() {
  const { offerId = '' } = useParams();
  const offer = useQuery({
    queryKey: ['offer', offerId],
    queryFn: async () => (await offers.GET('/offers/{offerId}', { params: { path: { offerId } } })).data!,
  });
  return (
    <main id="indhold">
      <Loaded query={offer}>
        {(view) => {
          const details = view.details!;
          return (
            <>
              <h1>{details.name}</h1>
              <p>{details.description}</p>
              <dl>
                <dt>Center</dt><dd>{word(details.owningCentre)}</dd>
                <dt>Type</dt><dd>{word(details.kind)}</dd>
                <dt>Leverandør</dt><dd>{details.provider?.name}</dd>
                <dt>Alder</dt><dd>{details.targetGroup?.ageMin}–{details.targetGroup?.ageMax} år</dd>
                <dt>Målgrupper</dt><dd>{(details.targetGroup?.categories ?? []).map(word).join(', ')}</dd>
                <dt>Behov</dt><dd>{(details.needCategories ?? []).map(word).join(', ')}</dd>
                <dt>Intensitet</dt><dd>{details.intensity}</dd>
                <dt>Pris</dt><dd>{details.pricePerMonth?.toLocaleString('da-DK')} kr. om måneden</dd>
                <dt>Lovgrundlag</dt><dd>{details.legalBasis?.law} {details.legalBasis?.section}</dd>
                <dt>Pladser</dt><dd>{view.placesInUse ?? 0} af {details.capacity} i brug{(view.waitListLength ?? 0) > 0 && <>, {view.waitListLength} på venteliste</>}</dd>
                <dt>Status</dt><dd>{word(view.status)}</dd>
              </dl>
              <h2>Sådan arbejder tilbuddet</h2>
              <ul>
                <li>Empowerment: {details.criteria?.empowerment}</li>
                <li>Individuelt og fleksibelt: {details.criteria?.individualAndFlexible}</li>
                <li>Relationer og netværk: {details.criteria?.relationsAndNetwork}</li>
              </ul>
            </>
          );
        }}
      </Loaded>
    </main>
  );
}
