package io.tandem.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code serve}. The launcher passes each one to the webapp as a system property
 * {@code tandem.NAME}, which the webapp's boot code reads (a stock Jetty sets the same properties with
 * {@code -Dtandem.NAME=...} in its start.ini).
 */
final class ServeOptions {

    static final String USAGE = "[--port N] [--bind ADDR] [--data-dir DIR] [--node NAME] [--config FILE] [--verbose]";
    private static final List<String> WITH_VALUE = List.of("port", "bind", "data-dir", "node", "config");

    private final Map<String, String> values;

    private ServeOptions(Map<String, String> values) {
        this.values = values;
    }

    static ServeOptions parse(List<String> args) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("port", "8080");
        v.put("bind", "127.0.0.1");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--verbose") || a.equals("-V")) {
                v.put("verbose", "true");
                continue;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!WITH_VALUE.contains(name)) {
                throw new IllegalArgumentException("unknown option '--" + name + "'");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option '--" + name + "' needs a value");
                }
                value = args.get(++i);
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("option '--" + name + "' needs a non-empty value");
            }
            v.put(name, value);
        }
        checkPort(v.get("port"));
        return new ServeOptions(v);
    }

    private static void checkPort(String port) {
        try {
            int p = Integer.parseInt(port);
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + port);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got '" + port + "'");
        }
    }

    int port() {
        return Integer.parseInt(values.get("port"));
    }

    String bind() {
        return values.get("bind");
    }

    boolean verbose() {
        return values.containsKey("verbose");
    }

    void publishAsSystemProperties() {
        values.forEach((k, val) -> System.setProperty("tandem." + k, val));
    }
}
