package io.tandem.store;

/** Who asked for a change and on which node it was made (Pacemaker's update-user / update-origin). */
public record ChangeSource(String user, String originNode) {

    public ChangeSource {
        if (user == null || user.isBlank() || originNode == null || originNode.isBlank()) {
            throw new IllegalArgumentException("a change needs a user and an origin node, got user=" + user
                    + " origin=" + originNode);
        }
    }
}
