package io.tandem.attrd;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A request to change one node attribute, as {@code attrd_updater} sends it: a new value (null deletes),
 * and/or a new dampening delay.
 *
 * @param value      the new value; null with {@code updateValue} deletes the attribute
 * @param updateValue whether the value changes ({@code -U}, {@code -B}, {@code -D}), or only the delay ({@code -Y})
 * @param dampenMs   a new dampening delay, or empty to keep the current one
 */
public record AttributeUpdate(String name, String node, String value, boolean updateValue, OptionalLong dampenMs,
        Lifetime lifetime) {

    public AttributeUpdate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(dampenMs, "dampenMs");
        Objects.requireNonNull(lifetime, "lifetime");
        if (name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\'' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("invalid attribute name \"" + name + "\"");
        }
        if (dampenMs.isPresent() && dampenMs.getAsLong() < 0) {
            throw new IllegalArgumentException("dampening delay must not be negative");
        }
    }

    public static AttributeUpdate set(String name, String node, String value) {
        return new AttributeUpdate(name, node, value, true, OptionalLong.empty(), Lifetime.REBOOT);
    }

    public static AttributeUpdate delete(String name, String node) {
        return new AttributeUpdate(name, node, null, true, OptionalLong.empty(), Lifetime.REBOOT);
    }

    public AttributeUpdate withDampen(long ms) {
        return new AttributeUpdate(name, node, value, updateValue, OptionalLong.of(ms), lifetime);
    }

    public AttributeUpdate withLifetime(Lifetime l) {
        return new AttributeUpdate(name, node, value, updateValue, dampenMs, l);
    }
}
