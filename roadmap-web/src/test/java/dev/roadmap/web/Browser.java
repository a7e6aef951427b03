package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core for accessibility and screenshots kept
 * under target/screenshots. Needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them, and
 * axe-core from the npm registry); without a browser the browser tests are skipped, saying why.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of(System.getProperty("user.home"),
            ".cache/roadmap-portal/node_modules/axe-core/axe.min.js");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser headless(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "No Chromium here: install Debian's chromium and chromium-driver (as .ci/run does) to run browser tests");
        Path profile = Files.createTempDirectory("roadmap-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the next page has replaced this one:
     * a click alone may return while the old page is still there.
     */
    void clickAndWaitForPage(By target) {
        waitForTheNextPage(() -> driver.findElement(target).click());
    }

    /** Signs in on the sign-in page this browser shows. */
    void signIn(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).clear();
        driver.findElement(By.id("login:password")).sendKeys(password);
        clickAndWaitForPage(By.id("login:signIn"));
    }

    /** Opens the sign-in page, signs in as the first administrator and waits for the maintainer UI. */
    void signInAsTheAdministrator(URI root) {
        driver.get(root.resolve("login.xhtml").toString());
        signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        waitForAddressContaining("/admin/");
    }

    /** The browser's Back button, and waits until the page before is shown again. */
    void backAndWaitForPage() {
        waitForTheNextPage(() -> driver.navigate().back());
    }

    /** Presses Enter on whatever has the focus, as a keyboard user does, and waits for the next page. */
    void pressEnterAndWaitForPage() {
        waitForTheNextPage(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));
    }

    /** The accessible name of what has the focus: its aria-label, or its text. */
    private String focused() {
        WebElement focused = driver.switchTo().activeElement();
        String label = focused.getAttribute("aria-label");
        return label != null ? label : focused.getText();
    }

    /** Waits until what has the focus has this accessible name: autofocus lands just after the page loads. */
    void waitForFocusOn(String name) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(() -> "the focus is on '" + focused() + "', not '" + name + "'")
                .until(d -> name.equals(focused()));
    }

    private void waitForTheNextPage(Runnable action) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true; // stale, or "does not belong to the document": the old page is gone either way
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits for a navigation a click or a submit started, until the address has the text. */
    void waitForAddressContaining(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(text));
    }

    /** Keeps a picture of the page as it is now, for a person to look at. */
    void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("roadmap.screenshots", "target/screenshots")));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs axe-core on the page; serious and critical violations fail the test, each named with its help text. */
    void assertAccessible() throws IOException {
        assumeTrue(Files.isReadable(AXE), "No axe-core at " + AXE + ": npm install --prefix ~/.cache/roadmap-portal axe-core");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(AXE));
        String result = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify({violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.length}))})))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
        JsonObject report = Json.createReader(new StringReader(result)).readObject();
        assertThat(report.containsKey("error")).as(result).isFalse();
        assertThat(report.getJsonArray("violations").getValuesAs(JsonObject.class))
                .as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
                .noneMatch(v -> BLOCKING_IMPACTS.contains(v.getString("impact", "")));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
