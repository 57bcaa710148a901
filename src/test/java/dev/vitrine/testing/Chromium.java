package dev.vitrine.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Debian's headless Chromium through its own chromedriver: nothing is downloaded, and a machine without
 * them fails the browser tests (it never skips them).
 */
public final class Chromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    /** A new browser with an empty profile, reading pages in {@code language} (such as "en-US"). */
    public static ChromeDriver start(String language) {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("vitrine-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,1000",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Makes a browser that has been used as good as new for the next test, in a fraction of a new one's
     * start: one tab on an empty page, no cookies (so no session), nothing cached.
     */
    public static void forget(ChromeDriver driver) {
        String first = driver.getWindowHandle();
        for (String tab : driver.getWindowHandles()) {
            if (!tab.equals(first)) {
                driver.switchTo().window(tab).close();
            }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /**
     * {@code condition}, not yet met while the page it looks at is being replaced. Chromium answers for a node of the
     * page going away with an error of its own ("Node with given id does not belong to the document"), not as a stale
     * element, which Selenium's conditions let through: it ended browser tests in CI.
     */
    public static <T> ExpectedCondition<T> afresh(ExpectedCondition<T> condition) {
        return new ExpectedCondition<>() {
            @Override
            public T apply(WebDriver driver) {
                try {
                    return condition.apply(driver);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            }

            @Override
            public String toString() {
                return condition.toString();
            }
        };
    }

    /** The element {@code locator} finds says {@code text}: found again on each try (see {@link #afresh}). */
    public static ExpectedCondition<Boolean> says(By locator, String text) {
        return afresh(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
