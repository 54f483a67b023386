package io.tandem.crm.mon;

import java.util.Optional;

/**
 * A node as crm_mon shows it.
 *
 * @param type             member, remote or ping
 * @param guest            a guest node (a resource's remote-node), shown as GuestNode/GuestOnline
 * @param resourcesRunning how many resource instances are active there
 * @param featureSet       the feature set shown with -R (only for nodes that are fully up)
 */
public record NodeView(String name, String id, String type, boolean online, boolean standby, boolean standbyOnFail,
        boolean maintenance, boolean pending, boolean unclean, boolean shutdown, boolean expectedUp, boolean isDc,
        int resourcesRunning, Optional<String> featureSet, boolean guest) {

    /** The name, with " (id)" when asked for details and the id differs. */
    public String displayName(boolean detail) {
        return detail && !id.equalsIgnoreCase(name) ? name + " (" + id + ")" : name;
    }

    /** Pacemaker's wording of the node's state ("online", "standby (with active resources)", ...). */
    public String textStatus() {
        if (unclean) {
            return online ? "UNCLEAN (online)" : pending ? "UNCLEAN (pending)" : "UNCLEAN (offline)";
        }
        if (pending) {
            return "pending";
        }
        if (standbyOnFail && online) {
            return "standby (on-fail)";
        }
        if (standby) {
            if (!online) {
                return "OFFLINE (standby)";
            }
            return resourcesRunning > 0 ? "standby (with active resources)" : "standby";
        }
        if (maintenance) {
            return online ? "maintenance" : "OFFLINE (maintenance)";
        }
        return online ? "online" : "OFFLINE";
    }

    /** Whether crm_mon lists it on a line of its own rather than in "Online: [ ... ]". */
    public boolean special() {
        return unclean || pending || (standbyOnFail && online) || standby || maintenance;
    }

    public boolean remote() {
        return type.equals("remote");
    }
}
