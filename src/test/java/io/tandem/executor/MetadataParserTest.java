package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataParserTest {

    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/executor", name));
    }

    @Test
    void readsOcf10WithItsDoctype() throws IOException {
        AgentMetadata md = MetadataParser.parse(resource("IPaddr2-metadata.xml"));
        assertEquals("IPaddr2", md.name());
        assertEquals("1.0", md.ocfVersion());
        AgentParameter ip = md.parameter("ip").orElseThrow();
        assertTrue(ip.required());
        assertTrue(ip.unique());
        assertEquals("string", ip.type());
        assertEquals(Optional.of(Duration.ofSeconds(20)), md.action("start").orElseThrow().timeout());
        assertEquals(Optional.of(Duration.ofSeconds(10)), md.action("monitor").orElseThrow().interval());
        assertEquals(23, md.parameters().size());
    }

    @Test
    void readsOcf11WithTypedDefaultsAndReloadable() throws IOException {
        AgentMetadata md = MetadataParser.parse(resource("ping-metadata.xml"));
        assertEquals("ping", md.name());
        assertEquals("1.1", md.ocfVersion());
        AgentParameter dampen = md.parameter("dampen").orElseThrow();
        assertTrue(dampen.reloadable());
        assertEquals("integer", dampen.type());
        assertEquals(Optional.of("5s"), dampen.defaultValue());
        assertTrue(md.supportsReload());
        assertEquals(Optional.of("0"), md.action("monitor").orElseThrow().depth());
    }

    @Test
    void leniency_unknownElementsMissingPartsAndOddTimes() {
        AgentMetadata md = MetadataParser.parse("""
                <resource-agent name="x"><whatever/><parameters><parameter/><parameter name="p" required="true">
                <content/></parameter></parameters><actions><action name="start" timeout="2min"/>
                <action name="monitor" timeout="banana" role="Promoted" start-delay="500ms"/><action/></actions>
                </resource-agent>""");
        assertEquals(1, md.parameters().size());
        assertTrue(md.parameter("p").orElseThrow().required());
        assertEquals(Optional.of(Duration.ofMinutes(2)), md.action("start").orElseThrow().timeout());
        AgentActionSpec mon = md.action("monitor").orElseThrow();
        assertEquals(Optional.empty(), mon.timeout());
        assertEquals(Optional.of("Promoted"), mon.role());
        assertEquals(Optional.of(Duration.ofMillis(500)), mon.startDelay());
        assertFalse(md.supportsReload());
    }

    @Test
    void garbageIsAnErrorNotACrash() {
        assertThrows(MetadataException.class, () -> MetadataParser.parse(""));
        assertThrows(MetadataException.class, () -> MetadataParser.parse("usage: foo {start|stop}"));
        assertThrows(MetadataException.class, () -> MetadataParser.parse("<resource-agent><parameters>"));
        assertThrows(MetadataException.class, () -> MetadataParser.parse("<html><body/></html>"));
        assertThrows(MetadataException.class, () -> MetadataParser.parse(
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><resource-agent>&x;</resource-agent>"));
    }
}
