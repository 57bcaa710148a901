package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Chromium;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public pages as visitors see them in Chromium on a phone (390x844), a tablet (768x1024) and a desktop
 * (1366x768), in both languages, page type by page type: what they can read and reach, measured in the page.
 * Phone screenshots of each page go to {@code target/screenshots}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicLayoutBrowserIT {

    private record Screen(String name, int width, int height, boolean phone) {}

    private static final List<Screen> SCREENS = List.of(
            new Screen("phone", 390, 844, true),
            new Screen("tablet", 768, 1024, true),
            new Screen("desktop", 1366, 768, false));

    private static final List<String> PAGES = List.of(
            "/",
            "/products",
            "/products/st-26-silk-dome-tweeter",
            "/news",
            "/news/protect-your-battery-in-winter",
            "/pages/about-us",
            "/contact",
            "/search?q=%E5%8A%9F%E6%94%BE",
            "/no-such-page");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @ArquillianResource
    URL base;

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start("zh-CN");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(Screen screen, String path) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", screen.width(),
                        "height", screen.height(),
                        "deviceScaleFactor", 1,
                        "mobile", screen.phone()));
        browser.get("http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "") + path);
    }

    private double number(String script, Object... arguments) {
        return ((Number) browser.executeScript(script, arguments)).doubleValue();
    }

    @Test
    void everyPageFitsEveryScreenInBothLanguagesWithAShortHeaderAndEveryMenuEntryWithinReach() throws IOException {
        List<String> failures = new ArrayList<>();
        Files.createDirectories(SCREENSHOTS);
        for (Screen screen : SCREENS) {
            for (String language : List.of("", "/en")) {
                for (String page : PAGES) {
                    String path = language + page;
                    open(screen, path);
                    String where = screen.name() + " " + path + ": ";
                    double width = number("return document.documentElement.clientWidth");
                    double wide = number("return document.documentElement.scrollWidth");
                    if (wide > width) {
                        failures.add(where + "scrolls sideways, " + wide + " px wide on a " + width + " px screen");
                    }
                    double header =
                            number("return document.querySelector('.site-header').getBoundingClientRect().height");
                    if (header > screen.height() / 4.0) {
                        failures.add(where + "the header takes " + header + " px of " + screen.height());
                    }
                    double lines = number("const name = document.querySelector('.brand .company');"
                            + " return name.getBoundingClientRect().height"
                            + " / parseFloat(getComputedStyle(name).lineHeight)");
                    if (lines > 2.1) {
                        failures.add(where + "the company name takes " + Math.round(lines) + " lines");
                    }
                    if (screen.width() < 500) {
                        Files.write(
                                SCREENSHOTS.resolve(("phone" + path).replaceAll("[^A-Za-z0-9]+", "-") + ".png"),
                                browser.getScreenshotAs(OutputType.BYTES));
                    }
                    failures.addAll(unreachableMenuEntries(screen, where));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Opens the menu if it is folded, and names the entries a finger can't reach on the screen. */
    private List<String> unreachableMenuEntries(Screen screen, String where) {
        List<String> failures = new ArrayList<>();
        WebElement button = browser.findElement(By.cssSelector(".menu-button"));
        if (button.isDisplayed()) {
            if (browser.findElement(By.cssSelector(".main-nav")).isDisplayed()) {
                failures.add(where + "the menu is unfolded before the menu button is tapped");
            }
            button.click();
        }
        List<WebElement> entries = browser.findElements(By.cssSelector(".main-nav a"));
        if (entries.size() < 6) {
            failures.add(where + "only " + entries.size() + " menu entries");
        }
        for (WebElement entry : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) browser.executeScript(
                    "const box = arguments[0].getBoundingClientRect();"
                            + " return {left: box.left, right: box.right, height: box.height};",
                    entry);
            boolean inside = box.get("left").doubleValue() >= 0
                    && box.get("right").doubleValue() <= number("return document.documentElement.clientWidth")
                    && box.get("height").doubleValue() > 0;
            if (!entry.isDisplayed() || !inside) {
                failures.add(where + "the menu entry " + entry.getAttribute("href") + " is out of reach at " + box);
            } else if (screen.phone() && box.get("height").doubleValue() < 48) {
                failures.add(where + "the menu entry " + entry.getText() + " is " + box.get("height") + " px tall");
            }
        }
        return failures;
    }

    @Test
    void theNumberCallsAndEmailAndAddressesWrapBetweenWordsOnAPhoneAndADesktop() {
        for (Screen screen : List.of(SCREENS.get(0), SCREENS.get(2))) {
            open(screen, "/en/contact");
            WebElement call = browser.findElement(By.cssSelector("main .phone a"));
            assertEquals("tel:02038526671", call.getAttribute("href"));
            assertEquals("020-3852 6671", call.getText());
            List<WebElement> emails = browser.findElements(By.cssSelector(".email a"));
            assertEquals(2, emails.size(), "in the page and beside it");
            for (WebElement email : emails) {
                for (WebElement part : email.findElements(By.cssSelector(".whole"))) {
                    assertEquals(
                            1, lines(part), screen.name() + ": " + part.getText() + " broken in " + email.getText());
                }
            }
            for (WebElement address : browser.findElements(By.cssSelector(".address"))) {
                assertEquals(List.of(), brokenWords(address), screen.name() + ": " + address.getText());
            }
        }
    }

    /** On how many lines an element's text lies. */
    private int lines(WebElement element) {
        return (int) number(
                "const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                        + " return new Set([...range.getClientRects()].map(box => Math.round(box.bottom))).size;",
                element);
    }

    /** The words of an element whose letters lie on more than one line. */
    @SuppressWarnings("unchecked")
    private List<String> brokenWords(WebElement element) {
        return (List<String>) browser.executeScript(
                "const text = arguments[0].firstChild; const broken = [];"
                        + " const words = text.textContent.matchAll(/[A-Za-z0-9]+/g);"
                        + " for (const word of words) {"
                        + "   const range = document.createRange();"
                        + "   range.setStart(text, word.index); range.setEnd(text, word.index + word[0].length);"
                        + "   if (range.getClientRects().length > 1) broken.push(word[0]);"
                        + " }"
                        + " return broken;",
                element);
    }
}
