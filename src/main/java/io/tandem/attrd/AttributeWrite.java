package io.tandem.attrd;

import java.util.Map;
import java.util.Optional;

/**
 * What the writer node asks the CIB to record for one attribute: its value on every node it knows
 * (empty means delete it there). Written as one update, as Pacemaker's attrd does.
 */
public record AttributeWrite(String name, Lifetime lifetime, Map<String, Optional<String>> values) {
    public AttributeWrite {
        values = Map.copyOf(values);
    }
}
