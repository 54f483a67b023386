package io.tandem.executor;

import java.util.Locale;
import java.util.Objects;

/**
 * Which agent runs a resource: Pacemaker's class ("standard"), provider (ocf only) and type, as written
 * {@code ocf:heartbeat:Dummy}, {@code lsb:ssh}, {@code service:nginx} or {@code stonith:fence_xvm}.
 */
public record AgentId(String standard, String provider, String type) {

    public static final String OCF = "ocf";
    public static final String LSB = "lsb";
    public static final String SERVICE = "service";
    public static final String SYSTEMD = "systemd";
    public static final String STONITH = "stonith";

    public AgentId {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(type, "type");
        standard = standard.toLowerCase(Locale.ROOT);
        provider = provider == null || provider.isEmpty() ? null : provider;
        if (OCF.equals(standard) && provider == null) {
            throw new IllegalArgumentException("an ocf agent needs a provider: " + standard + "::" + type);
        }
        // Agent names end up in file paths: refuse anything that could walk out of the agent directory.
        checkName("type", type);
        if (provider != null) {
            checkName("provider", provider);
        }
    }

    public static AgentId ocf(String provider, String type) {
        return new AgentId(OCF, provider, type);
    }

    /** Parses {@code class:provider:type} or {@code class:type}. */
    public static AgentId parse(String spec) {
        String[] p = spec.split(":", -1);
        return switch (p.length) {
            case 3 -> new AgentId(p[0], p[1], p[2]);
            case 2 -> new AgentId(p[0], null, p[1]);
            default -> throw new IllegalArgumentException("agent must be class:provider:type or class:type, got '" + spec + "'");
        };
    }

    private static void checkName(String what, String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid agent " + what + " '" + name + "'");
        }
    }

    public boolean isOcf() {
        return OCF.equals(standard);
    }

    @Override
    public String toString() {
        return provider == null ? standard + ":" + type : standard + ":" + provider + ":" + type;
    }
}
