package amity.model;

import java.util.List;

/**
 * A city, region or other place that is party to agreements. {@code partOf} is a place id or "".
 * {@code continent} and {@code region} are the place's own, overriding its country's; "" when not given.
 */
public record Place(String id, String name, List<String> names, String country, String subdivision, String level,
        String partOf, boolean capital, String continent, String region, String notes, Spots spots)
        implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.PLACES;
    }
}
