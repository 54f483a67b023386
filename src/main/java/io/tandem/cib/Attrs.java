package io.tandem.cib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds ordered attribute maps for the records' factories, skipping null values. */
final class Attrs {
    private final LinkedHashMap<String, String> map = new LinkedHashMap<>();

    static Attrs of() {
        return new Attrs();
    }

    Attrs put(String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Map<String, String> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static Map<String, String> copy(Map<String, String> attrs) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    static Map<String, String> with(Map<String, String> attrs, String key, String value) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>(attrs);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return Collections.unmodifiableMap(m);
    }
}
