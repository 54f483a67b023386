package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured operation ({@code <op>}): name, interval, timeout, start-delay, on-fail, role, enabled,
 * record-pending, and per-op attribute sets (OCF_CHECK_LEVEL lives in its instance_attributes).
 */
public record Operation(Map<String, String> attributes, List<NvSet> sets, List<XmlElement> unknown) {

    public Operation {
        attributes = Attrs.copy(attributes);
        sets = List.copyOf(sets);
        unknown = List.copyOf(unknown);
    }

    public static Operation of(String id, String name, String interval, Map<String, String> more) {
        Attrs a = Attrs.of().put("id", id).put("name", name).put("interval", interval);
        more.forEach(a::put);
        return new Operation(a.build(), List.of(), List.of());
    }

    public String id() {
        return attributes.get("id");
    }

    public String name() {
        return attributes.get("name");
    }

    /** The raw interval text ("10s", "10000", "P1D", "0"); see {@link TimeSpec}. */
    public String interval() {
        return attributes.getOrDefault("interval", "0");
    }

    public long intervalMs() {
        return TimeSpec.parseMillis(interval());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    public String role() {
        return attributes.get("role");
    }

    public boolean enabled() {
        return !"false".equalsIgnoreCase(attributes.getOrDefault("enabled", "true"));
    }

    /** An op attribute set value such as OCF_CHECK_LEVEL, ignoring rules. */
    public Optional<String> instanceAttribute(String name) {
        return NvSet.first(sets, NvSet.INSTANCE, false, name);
    }

    static Operation fromXml(XmlElement e) {
        NvSet.Split split = NvSet.split(e);
        return new Operation(e.attributes(), split.sets(), split.rest());
    }

    XmlElement toXml() {
        List<XmlElement> kids = new ArrayList<>();
        sets.forEach(s -> kids.add(s.toXml()));
        kids.addAll(unknown);
        return new XmlElement("op", attributes, kids, "");
    }
}
