package io.tandem.store;

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
            XmlElement cib = store.current().map(StoredCib::cib).orElse(CibXml.parse(
                    "<cib admin_epoch=\"0\" epoch=\"0\" num_updates=\"0\"><configuration><crm_config/><nodes/>"
                    + "<resources/><constraints/></configuration><status/></cib>"));
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                XmlElement config = cib.child("configuration").orElseThrow();
                XmlElement resources = config.child("resources").orElseThrow();
                // a padded attribute makes each write big enough to span several pages
                XmlElement proposed = cib.withChildReplaced(config.withChildReplaced(resources.withChild(
                        XmlElement.of("primitive").withAttr("id", "r" + i).withAttr("class", "ocf")
                                .withAttr("provider", "pacemaker").withAttr("type", "Dummy")
                                .withAttr("description", "x".repeat(2000)))));
                cib = CibVersion.next(cib, proposed);
                store.replace(cib, new ChangeSource("crash-test", "child"));
                System.out.println("ACK " + CibVersion.of(cib).epoch());
                System.out.flush();
            }
        }
    }
}
