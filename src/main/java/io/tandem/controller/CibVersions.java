package io.tandem.controller;

import io.tandem.cib.CibVersion;

/** The wire form of a version, "admin_epoch:epoch:num_updates". */
final class CibVersions {
    private CibVersions() {
    }

    static CibVersion parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String[] p = s.split(":");
        if (p.length != 3) {
            throw new IllegalArgumentException("bad CIB version \"" + s + "\"");
        }
        return new CibVersion(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]));
    }
}
