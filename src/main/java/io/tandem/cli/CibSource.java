package io.tandem.cli;

import io.tandem.cib.Cib;

/**
 * Where a status tool gets the current CIB: a file (CIB_file) or a running node. {@link #changeToken()}
 * lets a refreshing tool poll cheaply for changes before fetching the whole CIB.
 */
public interface CibSource {

    /** The current CIB; throws {@link ToolFailure} when it cannot be had. */
    Cib fetch();

    /** Changes whenever the CIB may have changed (a file's mtime and size, a node's CIB version). */
    String changeToken();

    /** The source for a tool run without CIB_file before the node connection exists. */
    static CibSource notConnected() {
        return new CibSource() {
            @Override
            public Cib fetch() {
                throw new ToolFailure(ExitCode.NOT_CONNECTED,
                        "not connected to a running node; set CIB_file=PATH to read a CIB file");
            }

            @Override
            public String changeToken() {
                return "";
            }
        };
    }
}
