import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { offers } from '../../api/client';
import type { OffersSchemas } from '../../api/types';
import { Loaded } from '../../components/Query';
import { word } from '../../words';

type Centre = NonNullable<OffersSchemas['OfferDetails']['owningCentre']>;

/** The tilbudsvifte, searched in Danish (stemmed: "praktikker" finds "praktik"). */
export function Catalogue() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const centre = (params.get('centre') ?? '') as Centre | '';
  const [typed, setTyped] = useState(q);
  const found = useQuery({
    queryKey: ['offers', q, centre],
    placeholderData: keepPreviousData,
    queryFn: async () => (await offers.GET('/offers', {
      params: { query: { q: q || undefined, centre: centre || undefined, status: 'PUBLISHED', size: 100 } },
    })).data!,
  });
  return (
    <main id="indhold">
      <h1>Tilbudsviften</h1>
      <form role="search" onSubmit={(event) => {
        event.preventDefault();
        setParams({ ...(typed ? { q: typed } : {}), ...(centre ? { centre } : {}) });
      }}>
        <label htmlFor="soeg">Søg efter tilbud</label>
        <input id="soeg" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
        <label htmlFor="center">Center</label>
        <select id="center" value={centre} onChange={(event) => setParams({ ...(q ? { q } : {}), ...(event.target.value ? { centre: event.target.value } : {}) })}>
          <option value="">Alle centre</option>
          {(['C_BUR', 'C_ARB', 'C_SS', 'C_SIK'] as const).map((value) => <option key={value} value={value}>{word(value)}</option>)}
        </select>
        <button type="submit">Søg</button>
      </form>
      <Loaded query={found}>
        {(page) => (
          <>
            <p role="status">{page.totalItems ?? 0} tilbud{q && <> for »{q}«</>}</p>
            <ul className="offers">{(page.items ?? []).map((offer) => (
              <li key={offer.offerId}>
                <Link to={`/tilbud/${offer.offerId}`}>{offer.details?.name}</Link>
                <div className="muted">{word(offer.details?.owningCentre)} · {word(offer.details?.kind)} · {offer.details?.targetGroup?.ageMin}–{offer.details?.targetGroup?.ageMax} år
                  {offer.atCapacity && <> · <strong>fuldt</strong></>}</div>
              </li>
            ))}</ul>
          </>
        )}
      </Loaded>
    </main>
  );
}
