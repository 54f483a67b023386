package io.tandem.api;

import io.tandem.attrd.AttributeSnapshot;
import io.tandem.attrd.AttributeUpdate;
import io.tandem.attrd.Lifetime;
import io.tandem.cib.TimeSpec;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /api/v1/attributes}: node attributes through attrd, with attrd_updater's semantics. A query
 * answers in attrd_updater's own format, one {@code name="X" host="node" value="V"} line per node.
 */
final class AttributeRoutes {

    private AttributeRoutes() {
    }

    static String handle(String method, ApiRequest r, NodeOperations node) {
        String name = r.required("name");
        String host = r.param("node").orElseGet(() -> node.membership().localNode());
        return switch (method) {
            case "GET" -> query(r, node, name, host);
            case "POST" -> {
                node.updateAttribute(update(r, name, host));
                yield "ok\n";
            }
            case "DELETE" -> {
                node.updateAttribute(build(name, host, null, true, dampen(r), lifetime(r)));
                yield "ok\n";
            }
            default -> throw new ApiError(405, "method " + method + " not allowed here; use GET, POST or DELETE");
        };
    }

    private static String query(ApiRequest r, NodeOperations node, String name, String host) {
        if (r.flag("all")) {
            Map<String, String> values = node.attributes().stream().filter(a -> a.name().equals(name)).findFirst()
                    .map(AttributeSnapshot::values).orElse(Map.of());
            if (values.isEmpty()) {
                throw new ApiError(404, "attribute '" + name + "' is not set on any node");
            }
            StringBuilder sb = new StringBuilder();
            values.forEach((n, v) -> sb.append(line(name, n, v)));
            return sb.toString();
        }
        return line(name, host, node.queryAttribute(name, host).orElseThrow(
                () -> new ApiError(404, "attribute '" + name + "' is not set on node " + host)));
    }

    private static String line(String name, String host, String value) {
        return "name=\"" + name + "\" host=\"" + host + "\" value=\"" + value + "\"\n";
    }

    /** value given: set it (-U/-B); delete=true: delete it (-D); neither: change only the dampening (-Y). */
    private static AttributeUpdate update(ApiRequest r, String name, String host) {
        Optional<String> value = r.param("value");
        boolean delete = r.flag("delete");
        OptionalLong dampen = dampen(r);
        if (delete && value.isPresent()) {
            throw ApiError.badRequest("give either 'value' or 'delete', not both");
        }
        if (!delete && value.isEmpty() && dampen.isEmpty()) {
            throw ApiError.badRequest("nothing to do: give 'value', 'delete=true' or 'dampen'");
        }
        boolean updateValue = delete || value.isPresent();
        return build(name, host, value.orElse(null), updateValue, dampen, lifetime(r));
    }

    private static AttributeUpdate build(String name, String host, String value, boolean updateValue,
            OptionalLong dampen, Lifetime lifetime) {
        if (!host.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw ApiError.badRequest("invalid node name '" + host + "'");
        }
        try {
            return new AttributeUpdate(name, host, value, updateValue, dampen, lifetime);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static OptionalLong dampen(ApiRequest r) {
        Optional<String> d = r.param("dampen");
        if (d.isEmpty()) {
            return OptionalLong.empty();
        }
        long ms = TimeSpec.parseMillis(d.get());
        if (ms < 0) {
            throw ApiError.badRequest("invalid dampen '" + d.get() + "' (use e.g. 5s, 500ms or 5)");
        }
        return OptionalLong.of(ms);
    }

    private static Lifetime lifetime(ApiRequest r) {
        try {
            return Lifetime.parse(r.param("lifetime").orElse("reboot"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
