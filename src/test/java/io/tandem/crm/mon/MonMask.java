package io.tandem.crm.mon;

/** Masks what legitimately differs between runs: the clock lines and the DC's version string. */
final class MonMask {

    private MonMask() {
    }

    static String text(String s) {
        return s.replaceAll("(?m)^(\\s*\\* Last updated:).*$", "$1 <time>")
                .replaceAll("(?m)^(\\s*\\* Last change:).*$", "$1 <time>")
                .replaceAll("\\(version [^)]*\\)", "(version <v>)");
    }

    static String xml(String s) {
        return s.replaceAll("<last_update time=\"[^\"]*\"", "<last_update time=\"<time>\"")
                .replaceAll("<last_change [^>]*/>", "<last_change/>")
                .replaceAll("(<current_dc [^>]*) version=\"[^\"]*\"", "$1 version=\"<v>\"")
                .replaceAll("request=\"[^\"]*\"", "request=\"\"");
    }
}
