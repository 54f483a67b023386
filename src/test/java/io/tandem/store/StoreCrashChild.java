package io.tandem.store;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child JVM for {@link StoreCrashIT}: replaces the CIB over and over, each time adding one primitive,
 * and prints "ACK epoch" only after {@code replace} returned (= committed). Runs until killed.
 */
public final class StoreCrashChild {

    private StoreCrashChild() {
    }

    public static void main(String[] args) {
        try (H2CibStore store = H2CibStore.open(Path.of(args[0]), Clock.systemUTC())) {
            Cib cib = store.current().orElse(Cib.empty().withVersion(io.tandem.cib.CibVersion.ZERO));
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                XmlElement xml = cib.toXml();
                XmlElement config = xml.child("configuration").orElseThrow();
                XmlElement resources = config.child("resources").orElseThrow();
                // a long description makes each write span several pages
                XmlElement proposed = xml.withChildReplaced(config.withChildReplaced(resources.withChild(
                        CibXml.parse("<primitive id=\"r" + i + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\""
                                + " description=\"" + "x".repeat(2000) + "\"/>"))));
                cib = cib.bumpedFor(Cib.fromXml(proposed));
                store.replace(cib, new ChangeSource("crash-test", "child"));
                System.out.println("ACK " + cib.version().epoch());
                System.out.flush();
            }
        }
    }
}
