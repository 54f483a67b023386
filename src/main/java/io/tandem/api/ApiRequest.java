package io.tandem.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reads and checks one request's parameters; every problem is a 400 naming the parameter. */
record ApiRequest(HttpServletRequest http) {

    Optional<String> param(String name) {
        String v = http.getParameter(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(String name) {
        return param(name).orElseThrow(() -> ApiError.badRequest("missing parameter '" + name + "'"));
    }

    boolean flag(String name) {
        return param(name).map(v -> switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest("parameter '" + name + "' must be true or false, got '" + v + "'");
        }).orElse(false);
    }

    /** Who asked, for the CIB's update-user and the audit trail (the tools send their user name). */
    String user() {
        String u = http.getHeader("X-Tandem-User");
        return u == null || u.isBlank() || !u.matches("[A-Za-z0-9._@-]{1,64}") ? "api" : u;
    }
}
