package io.tandem.crm.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses {@code bundle ID (docker|rkt|podman) k=v... [network k=v... [port-mapping k=v...]...]
 * [storage [storage-mapping k=v...]...] [primitive ID] [meta|params|utilization ...]}.
 */
final class BundleParser {
    private static final Set<String> WORDS = Set.of("docker", "rkt", "podman", "network", "port-mapping", "storage",
            "storage-mapping", "primitive", "meta", "params", "utilization");

    private BundleParser() {
    }

    static CliObject bundle(List<String> tokens) {
        ResourceParser.needArgs(tokens, "bundle", 2);
        Cursor c = new Cursor(tokens, "bundle", 1);
        Elem b = new Elem("bundle").set("id", CliParser.objectId(c.next()));
        List<String> children = new ArrayList<>();
        Elem network = null;
        Elem storage = null;
        while (c.more()) {
            String t = c.next();
            switch (t) {
                case "docker", "rkt", "podman" -> pairs(c, b.add(new Elem(t)));
                case "network" -> pairs(c, network = b.add(new Elem("network")));
                case "port-mapping" -> {
                    if (network == null) {
                        network = b.add(new Elem("network"));
                    }
                    pairs(c, network.add(new Elem("port-mapping")));
                }
                case "storage" -> storage = b.add(new Elem("storage"));
                case "storage-mapping" -> {
                    if (storage == null) {
                        storage = b.add(new Elem("storage"));
                    }
                    pairs(c, storage.add(new Elem("storage-mapping")));
                }
                case "primitive" -> children.add(CliParser.objectId(c.next()));
                case "meta" -> b.add(AttrListParser.parse(c, "meta_attributes", WORDS));
                case "params" -> b.add(AttrListParser.parse(c, "instance_attributes", WORDS));
                case "utilization" -> b.add(AttrListParser.parse(c, "utilization", WORDS));
                default -> {
                    if (t.startsWith("description=")) {
                        b.set("description", t.substring(12));
                    } else {
                        throw c.errorNear("Unknown arguments");
                    }
                }
            }
        }
        return new CliObject("bundle", b.freeze(), children, List.of());
    }

    private static void pairs(Cursor c, Elem e) {
        while (c.more() && !WORDS.contains(c.peek()) && c.peek().contains("=")) {
            String[] kv = c.next().split("=", 2);
            e.set(kv[0], kv[1]);
        }
    }
}
