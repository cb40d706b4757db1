package amity.query;

import amity.table.Value;
import java.util.Map;

/** A row whose values were read once from a record, in catalog order. */
public record ValueRow(String id, Map<String, Value> values, Object record) implements Row {
    @Override
    public Value get(String field) {
        Value v = values.get(field);
        return v == null ? Value.MISSING : v;
    }
}
