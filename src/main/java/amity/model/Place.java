package amity.model;

import java.util.List;

/** A city, region or other place that is party to agreements. {@code partOf} is a place id or "". */
public record Place(String id, String name, List<String> names, String country, String level, String partOf,
        boolean capital, String notes, Spots spots) implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.PLACES;
    }
}
