package amity.model;

/** A row of the ISO 3166-1 reference table, with the continent and UN M49 region used for grouping. */
public record Country(String code, String name, String nativeName, String continent, String region, String subregion) {
}
