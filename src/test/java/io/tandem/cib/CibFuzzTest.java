package io.tandem.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the CIB reader and validator: mutated Pacemaker inputs and hostile documents must
 * end in a clear {@link CibException} (or load), never another exception, a hang or a stack overflow.
 * {@code -Dtandem.fuzz.inputs=10000} for the long run; CI runs 1,500.
 */
class CibFuzzTest {

    private static final int INPUTS = Integer.getInteger("tandem.fuzz.inputs", 1500);
    private static final long SEED = Long.getLong("tandem.fuzz.seed", 20261125L);

    @Test
    void mutatedInputsGiveClearErrorsOrLoad() throws IOException {
        List<byte[]> corpus = corpus();
        SplittableRandom random = new SplittableRandom(SEED);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] base = corpus.get(random.nextInt(corpus.size()));
            byte[] input = mutate(base, random);
            long start = System.nanoTime();
            try {
                Cib cib = Cib.fromXml(CibXml.parse(input));
                CibValidator.validate(cib);
                cib.toXmlString();
                loaded++;
            } catch (CibException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "an error says what is wrong");
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("input " + i + " (seed " + SEED + ") crashed the reader with " + e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 5_000, "input " + i + " took " + ms + " ms");
        }
        System.out.printf("CIB fuzz: %d inputs (seed %d): %d loaded, %d refused with a clear error, 0 crashes%n",
                INPUTS, SEED, loaded, refused);
        assertEquals(INPUTS, loaded + refused);
    }

    @Test
    void hostileDocumentsAreRefused() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><cib>&lol2;</cib>";
        assertThrows(CibException.class, () -> CibXml.parse(billionLaughs));
        String external = "<!DOCTYPE cib SYSTEM \"http://127.0.0.1:9/x.dtd\"><cib/>";
        assertThrows(CibException.class, () -> CibXml.parse(external));
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
        CibException e = assertThrows(CibException.class, () -> CibXml.parse(deep));
        assertTrue(e.getMessage().contains("deeper"), e.getMessage());
        byte[] huge = new byte[CibXml.MAX_BYTES + 1];
        e = assertThrows(CibException.class, () -> CibXml.parse(huge));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertThrows(CibException.class, () -> CibXml.parse(""));
        assertThrows(CibException.class, () -> CibXml.parse("\u0000\u0001"));
    }

    private static List<byte[]> corpus() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/cib/roundtrip"))) {
            for (Path p : s.sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        SharedData.dir("scheduler-cases").ifPresent(dir -> {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(60).forEach(p -> {
                    try {
                        out.add(Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return out;
    }

    /** Byte flips, cuts, duplicated or dropped spans, and swaps of attribute values for odd ones. */
    static byte[] mutate(byte[] base, SplittableRandom r) {
        String s = new String(base, StandardCharsets.UTF_8);
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds && !s.isEmpty(); k++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(7)) {
                case 0 -> s = s.substring(0, at);
                case 1 -> s = s.substring(0, at) + (char) r.nextInt(0x20, 0x7f) + s.substring(Math.min(s.length(), at + 1));
                case 2 -> {
                    int end = Math.min(s.length(), at + r.nextInt(200));
                    s = s.substring(0, at) + s.substring(end);
                }
                case 3 -> {
                    int end = Math.min(s.length(), at + r.nextInt(300));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                case 4 -> s = s.replaceFirst("value=\"[^\"]*\"", "value=\"" + pick(r, "-INFINITY", "", "x\"y", "&amp;",
                        "99999999999999999999", "P1Y2M3DT4H5M6S", "\u00e9\u3042") + "\"");
                case 5 -> s = s.replaceFirst("(score|interval|timeout)=\"[^\"]*\"", "$1=\"" + pick(r, "abc", "-",
                        "1e9", "INFINITY", "0x10", "") + "\"");
                default -> s = s.replaceFirst("id=\"[^\"]*\"", "id=\"" + pick(r, "", "dup", "a b", "rsc1") + "\"");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
