package amity.model;

import java.util.List;

/**
 * A city, region or other place that is party to agreements. {@code partOf} is a place id or "".
 * {@code continent} and {@code region} are the place's own, overriding its country's; "" when not given.
 */
public record Place(String id, String name, List<String> names, String country, String subdivision, String level,
        String partOf, boolean capital, String continent, String region, String notes, Spots spots)
        implements Identified {

    /** This place with {@code names} in place of its other names, every other field kept. */
    public Place withNames(List<String> names) {
        return Shape.PLACE.with(this, Shape.PLACE.key(Place.class, "names"), names);
    }

    @Override
    public RecordType recordType() {
        return RecordType.PLACES;
    }
}
