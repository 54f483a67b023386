package io.tandem.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;

/** Page object for the dashboard: every action waits for the server's answer to show in the DOM. */
final class DashboardPage {

    final Page page;
    private final String base;

    DashboardPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    void login(String user, String password) {
        page.navigate(base + "login");
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("input[name=username]", user);
        page.fill("input[name=password]", password);
        page.keyboard().press("Enter");
        page.waitForSelector("#resource-tree .resource-row");
    }

    void go(String route) {
        page.navigate(base + route);
    }

    Locator row(String resource) {
        return page.locator(".resource-row[data-resource=" + resource + "]").first();
    }

    void waitFor(String selector) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(10_000));
    }

    void waitGone(String selector) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED).setTimeout(10_000));
    }

    void resourceAction(String resource, String item) {
        row(resource).locator("vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item)).click();
        waitFor("#dialog-apply");
    }

    void apply() {
        page.click("#dialog-apply");
        waitGone("#dialog-apply");
    }

    void whyHere(String resource) {
        row(resource).locator(".why-button").click();
        waitFor("#why-verdict");
    }

    void closeWhy() {
        page.click("#why-close");
        waitGone("#why-verdict");
    }

    void selectInVaadinSelect(String id, String label) {
        page.click("#" + id);
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    void shot(String name) {
        page.waitForTimeout(300); // let overlay animations settle so the picture is what a user sees
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    String text(String selector) {
        return page.locator(selector).first().innerText();
    }
}
