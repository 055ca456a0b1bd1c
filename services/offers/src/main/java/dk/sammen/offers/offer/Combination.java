package dk.sammen.offers.offer;

import dk.sammen.events.offers.NeedCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A planned combination of offers, pair by pair: a double offer (dobbelttilbud) is two offers
 * from different centres serving the same need; offers serving different needs complement each
 * other; two offers of one centre for one need are that centre's own choice, not a double offer.
 */
public record Combination(List<Pair> doubleOffers, List<Pair> complements, List<Pair> sameCentre) {

    /** @param sharedNeeds the needs both serve (empty for complements) */
    public record Pair(UUID first, UUID second, Set<NeedCategory> sharedNeeds) {
    }

    static Combination of(List<OfferView> offers) {
        List<Pair> doubles = new ArrayList<>();
        List<Pair> complements = new ArrayList<>();
        List<Pair> sameCentre = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            for (int j = i + 1; j < offers.size(); j++) {
                OfferDetails a = offers.get(i).details();
                OfferDetails b = offers.get(j).details();
                Set<NeedCategory> shared = EnumSet.noneOf(NeedCategory.class);
                shared.addAll(a.needCategories());
                shared.retainAll(b.needCategories());
                Pair pair = new Pair(offers.get(i).offerId(), offers.get(j).offerId(), shared);
                if (shared.isEmpty()) {
                    complements.add(pair);
                } else if (a.owningCentre() != b.owningCentre()) {
                    doubles.add(pair);
                } else {
                    sameCentre.add(pair);
                }
            }
        }
        return new Combination(doubles, complements, sameCentre);
    }
}
