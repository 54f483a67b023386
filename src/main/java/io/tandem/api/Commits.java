package io.tandem.api;

import io.tandem.cib.Cib;
import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * Configuration writes as the API offers them. A section is merged into the configuration the node
 * holds and committed against that version; when the caller named no version, a conflict means only
 * that another writer came first, so the merge is redone on the newer copy (a few times).
 */
final class Commits {

    private static final int ATTEMPTS = 10;

    private Commits() {
    }

    static Commit replaceSection(NodeOperations node, String user, String section, XmlElement body,
            Optional<String> expectedVersion) {
        if (section.equals("status")) {
            throw ApiError.badRequest("the status section is written by the cluster, not by clients");
        }
        Sections.requireKnown(section);
        if (!body.name().equals(section)) {
            throw ApiError.badRequest("the body's root element <" + body.name() + "> does not match the section '"
                    + section + "'");
        }
        expectedVersion.ifPresent(Commits::checkVersion);
        for (int attempt = 1; ; attempt++) {
            Cib cib = node.cib();
            XmlElement config = section.equals("configuration") ? body
                    : cib.toXml().child("configuration").orElse(XmlElement.of("configuration")).withChildReplaced(body);
            Optional<String> expected = expectedVersion.or(() -> Optional.of(cib.version().toString()));
            Commit c = node.commitConfiguration(user, config, expected);
            if (c.outcome() != Commit.Outcome.CONFLICT || expectedVersion.isPresent() || attempt >= ATTEMPTS) {
                return c;
            }
            pause(attempt);
        }
    }

    static Commit cleanup(NodeOperations node, String user, List<String> resources, Optional<String> onNode) {
        if (resources.isEmpty()) {
            throw ApiError.badRequest("parameter 'resource' names no resource");
        }
        Cib cib = node.cib();
        for (String r : resources) {
            boolean known = cib.configuration().findResource(r).isPresent()
                    || cib.status().nodes().stream().flatMap(n -> n.resources().stream())
                            .anyMatch(h -> h.id().equals(r) || h.id().startsWith(r + ":"));
            if (!known) {
                throw new ApiError(404, "resource '" + r + "' is neither configured nor in the status");
            }
        }
        onNode.ifPresent(n -> {
            if (cib.configuration().findNode(n).isEmpty() && cib.status().node(n).isEmpty()) {
                throw new ApiError(404, "node '" + n + "' is not in the CIB");
            }
        });
        return node.cleanup(user, resources, onNode);
    }

    private static void checkVersion(String v) {
        if (!v.matches("\\d+:\\d+:\\d+")) {
            throw ApiError.badRequest("parameter 'version' must be admin_epoch:epoch:num_updates, got '" + v + "'");
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while retrying the commit");
        }
    }
}
