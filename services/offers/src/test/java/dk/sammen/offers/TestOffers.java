package dk.sammen.offers;

/** Offers as a front end or an import sends them, for the offers service's tests. */
public final class TestOffers {

    private TestOffers() {
    }

    /** @param capacity the JSON value of the capacity, such as {@code 5} or {@code "many"} to break the row */
    public static String offer(String name, String description, String centre, String kind, String needs, int ageMin, int ageMax,
                               String capacity) {
        return """
                {"name": "%s", "description": "%s", "owningCentre": "%s", "unit": "Ungeenheden",
                 "legalBasis": {"law": "Serviceloven", "section": "§ 85"},
                 "targetGroup": {"ageMin": %d, "ageMax": %d, "categories": ["SUPPORT_TOWARDS_EDUCATION_OR_JOB"]},
                 "kind": "%s", "provider": {"kind": "INTERNAL", "name": "Ungeenheden"}, "capacity": %s, "pricePerMonth": 9500,
                 "intensity": "2 timer om ugen",
                 "criteria": {"relationsAndNetwork": "Bro til netværket", "empowerment": "Den unge sætter målene",
                              "individualAndFlexible": "Tider efter behov"},
                 "communities": ["Ungdomsuddannelse"], "needCategories": %s, "progression": ["MASTERY"]}"""
                .formatted(name, description, centre, ageMin, ageMax, kind, capacity, needs);
    }
}
