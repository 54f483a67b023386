package io.tandem.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeSettingsTest {

    @Test
    void defaultsToHostNameAndAPerNodeDirectoryUnderHome() {
        NodeSettings s = NodeSettings.from(k -> null, "alpha", n -> Path.of("/home/u/.local/share/tandem", n));
        assertEquals("alpha", s.nodeName());
        assertEquals(Path.of("/home/u/.local/share/tandem/alpha"), s.dataDir());
        assertEquals(false, s.verbose());
    }

    @Test
    void explicitSettingsWinOverTheConfigFile(@TempDir Path tmp) throws Exception {
        Path config = tmp.resolve("tandem.properties");
        Files.writeString(config, "node=fromfile\ndata-dir=/srv/file\nverbose=true\n");
        Map<String, String> given = Map.of("tandem.config", config.toString(), "tandem.node", "given");
        NodeSettings s = NodeSettings.from(given::get, "alpha", n -> Path.of("/home/u/.local/share/tandem", n));
        assertEquals("given", s.nodeName());
        assertEquals(Path.of("/srv/file"), s.dataDir());
        assertTrue(s.verbose());
    }

    @Test
    void badInputIsNamed(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeSettings.from(Map.of("tandem.node", "bad name")::get, "h", n -> tmp));
        assertTrue(e.getMessage().contains("'bad name'"), e.getMessage());
        Path missing = tmp.resolve("nope.properties");
        e = assertThrows(IllegalArgumentException.class,
                () -> NodeSettings.from(Map.of("tandem.config", missing.toString())::get, "h", n -> tmp));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
