package io.tandem.ui;

import com.microsoft.playwright.Page;
import io.tandem.service.FakeClusterService;
import io.tandem.service.H2UserDirectory;
import io.tandem.service.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void loginPage() throws Exception {
        Path data = Files.createTempDirectory("tandem-it");
        H2UserDirectory users = new H2UserDirectory(data);
        users.add("alice", Role.ADMIN, "alice-secret-pw".toCharArray());
        try (DashboardServer server = new DashboardServer(new FakeClusterService(InstantSource.system(), "node1"), users, InstantSource.system());
             Browser b = new Browser()) {
            Page page = b.chromium.newPage();
            page.navigate(server.url());
            page.waitForSelector("vaadin-login-form");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/smoke-login.png")));
            page.fill("input[name=username]", "alice");
            page.fill("input[name=password]", "alice-secret-pw");
            page.click("vaadin-button[slot=submit], button[type=submit]");
            page.waitForSelector("#resource-tree .resource-row");
            page.setViewportSize(1440, 900);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/smoke-status.png")).setFullPage(true));
        }
    }
}
