package dk.sammen.plans.courseoffer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferPublishedV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.platform.kafka.IntegrationEvents;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The offers catalogue as a local read model, kept from the offers service's events: a course
 * starts an offer by its id, and the catalogue tells which revision, centre and needs that is.
 * Redelivered or older revisions change nothing, so the consumer is idempotent.
 */
@Component
public class OfferCatalogue {

    private final JdbcClient jdbc;

    OfferCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "offer-catalogue", topics = "#{@offersTopic}", groupId = "${sammen.plans.offer-catalogue-group:plans-offer-catalogue}",
            containerFactory = "cloudEventListenerFactory")
    void on(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case OfferPublishedV2 offer -> keep(offer.offerId(), offer.revision(), offer.name(), offer.owningCentre(), offer.needCategories());
            case OfferPublishedV1 offer -> keep(offer.offerId(), offer.revision(), offer.name(), offer.owningCentre(), Set.of());
            case null, default -> {
                // Other facts of the catalogue do not change what a course starts.
            }
        }
    }

    private void keep(UUID offerId, int revision, String name, Centre centre, Set<NeedCategory> needs) {
        jdbc.sql("""
                        INSERT INTO offer_catalogue (offer_id, revision, name, centre, need_categories) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name,
                            centre = EXCLUDED.centre, need_categories = EXCLUDED.need_categories
                        WHERE offer_catalogue.revision < EXCLUDED.revision""")
                .params(offerId, revision, name, centre.name(), needs.stream().map(Enum::name).sorted().toArray(String[]::new))
                .update();
    }

    public Optional<CatalogueOffer> find(UUID offerId) {
        return jdbc.sql("SELECT * FROM offer_catalogue WHERE offer_id = ?").param(offerId)
                .query((rs, n) -> {
                    Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
                    Arrays.stream((Object[]) rs.getArray("need_categories").getArray())
                            .forEach(name -> needs.add(NeedCategory.valueOf((String) name)));
                    return new CatalogueOffer(offerId, rs.getInt("revision"), rs.getString("name"),
                            Centre.valueOf(rs.getString("centre")), needs);
                })
                .optional();
    }
}
