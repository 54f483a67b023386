package io.tandem.ui;

import static org.junit.jupiter.api.Assertions.*;

import io.tandem.service.HistoryKind;
import io.tandem.service.NodeStatus;
import io.tandem.service.ResourceFlag;
import io.tandem.service.ResourceKind;
import io.tandem.service.ResourceRole;
import io.tandem.service.Role;
import io.tandem.service.ScoreContribution;
import io.tandem.service.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both languages carry the same keys, and every enum the views translate by name has its text. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/tandem/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").stringPropertyNames(), load("messages_ja.properties").stringPropertyNames());
    }

    @Test
    void everyTranslatedEnumHasText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        List<String> wanted = new ArrayList<>();
        for (Warning.Code c : Warning.Code.values()) wanted.add("warning." + c.name());
        for (ResourceFlag f : ResourceFlag.values()) wanted.add("flag." + f.name());
        for (ResourceRole r : ResourceRole.values()) wanted.add("role." + r.name());
        for (Role r : Role.values()) wanted.add("role." + r.name());
        for (NodeStatus s : NodeStatus.values()) wanted.add("node.status." + s.name());
        for (ResourceKind k : ResourceKind.values()) wanted.add("kind." + k.name());
        for (HistoryKind k : HistoryKind.values()) wanted.add("history.kind." + k.name());
        for (ScoreContribution.Source s : ScoreContribution.Source.values()) wanted.add("why.source." + s.name());
        List<String> missing = wanted.stream().filter(k -> !keys.contains(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void formatsArgumentsPerLanguage() {
        Messages m = new Messages();
        assertEquals("Cleanup httpd", m.getTranslation("control.cleanup", Locale.ENGLISH, "httpd"));
        assertEquals("httpd をクリーンアップ", m.getTranslation("control.cleanup", Locale.JAPANESE, "httpd"));
        assertEquals("!no.such.key", m.getTranslation("no.such.key", Locale.ENGLISH));
    }
}
