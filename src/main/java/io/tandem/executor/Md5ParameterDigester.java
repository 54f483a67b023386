package io.tandem.executor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Placeholder digests with Pacemaker's basic idea: MD5 over a {@code <parameters k="v" .../>} element with
 * the attributes sorted by name. Not byte-compatible with Pacemaker (it filters and adds meta values);
 * the scheduler replaces this with the exact algorithm.
 */
public final class Md5ParameterDigester implements OpDigester {

    @Override
    public String digest(OpDigestInput in) {
        return md5(parametersElement(in.params()));
    }

    /** Parameters a reload cannot apply: not reloadable (OCF 1.1), or unique (1.0 agents with reload). */
    @Override
    public String restartDigest(OpDigestInput in) {
        if (in.intervalMs() != 0) {
            return null;
        }
        TreeMap<String, String> restart = new TreeMap<>();
        for (Map.Entry<String, String> e : in.params().entrySet()) {
            boolean reloadable = in.metadata()
                    .flatMap(md -> md.parameter(e.getKey()))
                    .map(p -> p.reloadable() || (!p.unique() && !"1.1".equals(in.metadata().get().ocfVersion())))
                    .orElse(false);
            if (!reloadable) {
                restart.put(e.getKey(), e.getValue());
            }
        }
        return md5(parametersElement(restart));
    }

    static String parametersElement(Map<String, String> params) {
        StringBuilder sb = new StringBuilder("<parameters");
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            sb.append(' ').append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
        }
        return sb.append("/>").toString();
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
