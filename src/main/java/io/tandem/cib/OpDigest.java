package io.tandem.cib;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pacemaker's operation digests ({@code op-digest}, {@code op-restart-digest}): the MD5 of the
 * canonical {@code <parameters .../>} element of an operation's parameters, attributes sorted by name
 * and written as Pacemaker writes XML for digests (a leading space and a trailing newline). All
 * {@code CRM_meta_*} values are dropped except the timeout of a recurring operation.
 */
public final class OpDigest {

    private OpDigest() {
    }

    /** The digest of exactly these parameters. */
    public static String of(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(" <parameters");
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            sb.append(' ').append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
        }
        sb.append("/>\n");
        return md5(sb.toString());
    }

    /**
     * The op-digest of an operation: the resource's instance attributes, the operation's own instance
     * attributes (OCF_CHECK_LEVEL...), and for a recurring operation its timeout in milliseconds.
     */
    public static String forOperation(Map<String, String> rscParams, Map<String, String> opParams, long intervalMs,
            long timeoutMs) {
        Map<String, String> all = new TreeMap<>(rscParams);
        all.putAll(opParams);
        all.keySet().removeIf(k -> k.regionMatches(true, 0, "CRM_meta", 0, 8));
        if (intervalMs > 0 && timeoutMs > 0) {
            all.put("CRM_meta_timeout", Long.toString(timeoutMs));
        }
        return of(all);
    }

    /** The op-restart-digest: only the parameters that force a restart (the recorded op-force-restart list). */
    public static String restart(Map<String, String> rscParams, List<String> forceRestart) {
        Map<String, String> only = new TreeMap<>();
        for (String k : forceRestart) {
            String v = rscParams.get(k);
            if (v != null) {
                only.put(k, v);
            }
        }
        return of(only);
    }

    static String escape(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
