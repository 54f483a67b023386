package io.tandem.cli;

import java.time.InstantSource;
import java.time.ZoneId;

/** Builds crm_mon for the tool registry: the running node's CIB unless CIB_file names a file. */
public final class CrmMonTools {
    private CrmMonTools() {
    }

    public static Tool crmMon(InstantSource clock, ZoneId zone) {
        return NodeCibSource.crmMonTool(clock, zone);
    }
}
