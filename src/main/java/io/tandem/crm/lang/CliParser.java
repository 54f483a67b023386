package io.tandem.crm.lang;

import java.util.List;
import java.util.Set;

/** Parses one configure-level object line (already split into tokens) into a {@link CliObject}. */
public final class CliParser {

    /** The words that define objects; other configure words are commands. */
    public static final Set<String> OBJECT_WORDS = Set.of("primitive", "rsc_template", "group", "clone", "ms",
            "master", "location", "colocation", "collocation", "order", "rsc_ticket", "property", "rsc_defaults",
            "op_defaults", "node", "tag", "fencing_topology", "alert", "role", "acl_target", "acl_group", "user", "bundle");

    private CliParser() {
    }

    /** crmsh also accepts {@code id=NAME} where an object id is expected. */
    static String objectId(String token) {
        return token.startsWith("id=") ? token.substring(3) : token;
    }

    public static CliObject parse(List<String> tokens) {
        String word = tokens.get(0);
        return switch (word) {
            case "primitive" -> ResourceParser.primitive(tokens, false);
            case "rsc_template" -> ResourceParser.primitive(tokens, true);
            case "group" -> ResourceParser.group(tokens);
            case "clone" -> ResourceParser.clone(tokens, "clone");
            case "ms", "master" -> ResourceParser.clone(tokens, "ms");
            case "location" -> ConstraintParser.location(tokens);
            case "colocation", "collocation" -> ConstraintParser.colocation(tokens, word);
            case "order" -> ConstraintParser.order(tokens);
            case "rsc_ticket" -> ConstraintParser.ticket(tokens);
            case "property", "rsc_defaults", "op_defaults" -> MiscParser.properties(tokens, word);
            case "node" -> MiscParser.node(tokens);
            case "tag" -> MiscParser.tag(tokens);
            case "fencing_topology" -> MiscParser.fencing(tokens);
            case "alert" -> MiscParser.alert(tokens);
            case "role" -> AclParser.role(tokens);
            case "bundle" -> BundleParser.bundle(tokens);
            case "acl_target", "acl_group", "user" -> AclParser.target(tokens, tokens.get(0).equals("user")
                    ? "acl_target" : tokens.get(0));
            default -> throw new CrmSyntaxException("configure." + word + ": No such command");
        };
    }
}
