package io.tandem.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real browser (Debian's chromium, driven by Playwright) looks at a running node's UI. */
final class Browser {

    private Browser() {
    }

    /** The start page renders "Tandem" and the UI opens its @Push WebSocket. */
    static void assertHomePageRendersWithPush(String url) {
        Playwright.CreateOptions options = new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        try (Playwright pw = Playwright.create(options);
                com.microsoft.playwright.Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
            Page page = browser.newPage();
            List<String> sockets = new CopyOnWriteArrayList<>();
            page.onWebSocket(ws -> sockets.add(ws.url()));
            page.navigate(url);
            page.locator("#tandem-title").waitFor();
            assertEquals("Tandem", page.locator("#tandem-title").textContent());
            page.waitForCondition(() -> sockets.stream().anyMatch(s -> s.contains("VAADIN/push")),
                    new Page.WaitForConditionOptions().setTimeout(15_000));
            assertTrue(sockets.stream().anyMatch(s -> s.startsWith("ws://")), sockets.toString());
        }
    }
}
