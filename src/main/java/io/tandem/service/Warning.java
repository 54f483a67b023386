package io.tandem.service;

import java.util.List;

/**
 * A consequence the user should read before confirming. {@code code} selects the translated text in
 * the UI (arguments fill it in); {@code text} is the English form for the CLI and the audit log.
 */
public record Warning(Code code, List<String> args, String text) {

    public enum Code {
        /** A forced move leaves cli-ban-RSC-on-NODE, which blocks failover to that node until cleared. */
        BAN_BLOCKS_FAILOVER,
        /** Stickiness INFINITY keeps the resource where it is: the move needs force. */
        STICKINESS_HOLDS,
        /** After the change no node may run the resource. */
        WILL_STOP,
        /** A fail-count stays at migration-threshold on another node, so one more failure has nowhere to go. */
        FAILCOUNT_REMAINS,
        /** The command changes nothing. */
        NO_EFFECT,
        /** Unmanaged or in maintenance: the cluster will not start or stop it. */
        NOT_MANAGED,
        /** The constraint expires by itself. */
        EXPIRES,
        /** Clearing only allows a move back; stickiness decides whether it happens. */
        CLEAR_ALLOWS_ONLY
    }

    public Warning {
        args = List.copyOf(args);
    }
}
