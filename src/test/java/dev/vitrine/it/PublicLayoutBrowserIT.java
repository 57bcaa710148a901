package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.web.SiteLayout;
import dev.vitrine.testing.Chromium;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages as visitors see them in Chromium on a phone (390x844), a tablet (768x1024) and a desktop
 * (1366x768), in every look a site can choose (its layout and header), in both languages, page type by page
 * type: what they can read and reach, and what a first visit weighs, measured in the page. Phone screenshots
 * of each page in each look go to {@code target/screenshots}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicLayoutBrowserIT {

    private record Screen(String name, int width, int height, boolean phone) {}

    /** A look a site can publish: a layout, a header layout and a brand colour (see the design page). */
    private record Look(String theme, String header, String brand) {

        String name() {
            return theme.toLowerCase(Locale.ROOT) + "-"
                    + header.toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The classes the page's body has in this look. */
        String bodyClass() {
            return "theme-" + theme.toLowerCase(Locale.ROOT) + " header-"
                    + header.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final List<Look> LOOKS = List.of(
            new Look("SIDEBAR", "INLINE", "#1f3b63"),
            new Look("WIDE", "CENTRED", "#7a1f1f"),
            new Look("CATALOGUE", "LOGO_ONLY", "#22543d"));

    /** What a first visit of a page may weigh besides pictures: the page, its stylesheet and icons. */
    private static final int FIRST_VISIT_BYTES = 40 * 1024;

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
    static void openBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
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

    /**
     * Every look in turn is published from the design page, and every page is seen in it: pages of the site's
     * own, then what other companies bring.
     */
    @Test
    void everyPageFitsEveryScreenInEveryLookAndLanguageWithAShortHeaderAndEveryMenuEntryWithinReach()
            throws IOException {
        List<String> failures = new ArrayList<>();
        try {
            for (Look look : LOOKS) {
                publish(look);
                failures.addAll(pagesThatDontFit(look));
                failures.addAll(longNamesThatDontFit(look));
            }
        } finally {
            publish(LOOKS.get(0));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Signs in (once) and publishes a look from the back office's design page. */
    private void publish(Look look) {
        open(SCREENS.get(2), "/admin/site/design");
        if (!browser.getCurrentUrl().contains("/admin/site/design")) {
            browser.findElement(By.id("form:username")).sendKeys("admin");
            browser.findElement(By.id("form:password")).sendKeys(BackOfficeBrowserIT.ADMIN_PASSWORD);
            browser.findElement(By.id("form:signIn")).click();
            waiting().until(driver -> driver.getCurrentUrl().contains("/admin/site/design"));
        }
        for (String choice : List.of(look.theme(), look.header())) {
            String input = waiting()
                    .until(driver -> driver.findElement(By.xpath("//input[@value='" + choice + "']")))
                    .getAttribute("id");
            browser.findElement(By.cssSelector("label[for='" + input + "']")).click();
        }
        WebElement brand = browser.findElement(
                By.cssSelector("input[id='form:brandColour'], [id='form:brandColour'] input[type=text]"));
        brand.clear();
        brand.sendKeys(look.brand(), Keys.TAB);
        browser.findElement(By.id("form:publish")).click();
        waiting()
                .until(driver -> driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                        .anyMatch(WebElement::isDisplayed));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    private List<String> pagesThatDontFit(Look look) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Screen screen : SCREENS) {
            for (String language : List.of("", "/en")) {
                for (String page : PAGES) {
                    String path = language + page;
                    open(screen, path);
                    if (screen.width() < 500) {
                        Files.write(
                                SCREENSHOTS.resolve(
                                        (look.name() + "-phone" + path).replaceAll("[^A-Za-z0-9]+", "-") + ".png"),
                                browser.getScreenshotAs(OutputType.BYTES));
                    }
                    String where = look.name() + " " + screen.name() + " " + path + ": ";
                    String shown = (String) browser.executeScript("return document.body.className");
                    if (!shown.equals(look.bodyClass())) {
                        failures.add(where + "shown in the look " + shown);
                    }
                    failures.addAll(misfits(screen, where));
                    long weight = firstVisitBytes();
                    if (weight > FIRST_VISIT_BYTES) {
                        failures.add(where + "a first visit weighs " + weight + " bytes besides pictures");
                    }
                }
            }
        }
        return failures;
    }

    /**
     * What a first visit of the page open weighs besides pictures, as it came over the network: the page and
     * what it loads that is not a picture (a stylesheet kept from an earlier page counts all the same).
     */
    private long firstVisitBytes() {
        return ((Number) browser.executeScript("const page = performance.getEntriesByType('navigation')[0];"
                        + " let bytes = page.encodedBodySize + 400;"
                        + " for (const r of performance.getEntriesByType('resource')) {"
                        + "   if (r.initiatorType !== 'img' && !/[.](png|jpe?g|webp|gif|svg)([?]|$)|[/]media[/]/.test(r.name))"
                        + "     bytes += r.encodedBodySize + 300;"
                        + " }"
                        + " return bytes;"))
                .longValue();
    }

    /**
     * What other companies bring: a long name, a wide logo, many menu entries and categories, put in the page as
     * the server would show them (with the name's length class it would give).
     */
    private List<String> longNamesThatDontFit(Look look) throws IOException {
        String wideLogo = "data:image/svg+xml," + "<svg xmlns='http://www.w3.org/2000/svg' width='300' height='80'>"
                + "<rect width='300' height='80' fill='%23c33'/></svg>";
        Map<String, String> names = Map.of(
                "/", "深圳市宝安区福永街道声悦汽车音响改装隔音工程技术服务有限公司",
                "/en/", "Guangzhou Shengyue Automotive Audio Technology Co., Ltd.");
        List<String> failures = new ArrayList<>();
        for (Screen screen : SCREENS) {
            for (Map.Entry<String, String> page : names.entrySet()) {
                open(screen, page.getKey());
                browser.executeScript(
                        "const name = document.querySelector('.brand .company');"
                                + " name.textContent = arguments[0]; name.className = 'company ' + arguments[2];"
                                + " document.querySelector('.brand .logo').src = arguments[1];"
                                + " const nav = document.querySelector('.main-nav .wrap');"
                                + " while (nav.children.length < 12) {"
                                + "   const entry = nav.lastElementChild.cloneNode(true);"
                                + "   entry.textContent = '案例中心 ' + nav.children.length; nav.appendChild(entry);"
                                + " }"
                                + " const categories = document.querySelector('.side .box ul.plain');"
                                + " while (categories.children.length < 12) {"
                                + "   const entry = categories.lastElementChild.cloneNode(true);"
                                + "   entry.firstElementChild.textContent = '汽车隔音材料 ' + categories.children.length;"
                                + "   categories.appendChild(entry);"
                                + " }",
                        page.getValue(),
                        wideLogo,
                        SiteLayout.lengthOf(page.getValue()));
                new WebDriverWait(browser, Duration.ofSeconds(5))
                        .until(driver -> number("return document.querySelector('.brand .logo').naturalWidth") == 300);
                if (screen.width() < 500) {
                    Files.write(
                            SCREENSHOTS.resolve(look.name() + "-phone-long-name-"
                                    + (page.getKey().equals("/") ? "zh" : "en") + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                }
                String where = look.name() + " " + screen.name() + " " + page.getValue() + ": ";
                failures.addAll(misfits(screen, where));
                double logo = number("return document.querySelector('.brand .logo').getBoundingClientRect().width");
                if (logo < (screen.phone() ? 100 : 150)) {
                    failures.add(where + "a 300x80 logo drawn " + logo + " px wide");
                }
            }
        }
        return failures;
    }

    /**
     * What doesn't fit on the page open on {@code screen}: sideways scrolling, a header over a quarter of the
     * screen, a company name on more than two lines or covered, menu entries out of reach.
     */
    private List<String> misfits(Screen screen, String where) {
        List<String> failures = new ArrayList<>();
        double width = number("return document.documentElement.clientWidth");
        double wide = number("return document.documentElement.scrollWidth");
        if (wide > width) {
            failures.add(where + "scrolls sideways, " + wide + " px wide on a " + width + " px screen");
        }
        double header = number("return document.querySelector('.site-header').getBoundingClientRect().height");
        if (header > screen.height() / 4.0) {
            failures.add(where + "the header takes " + header + " px of " + screen.height());
        }
        WebElement name = browser.findElement(By.cssSelector(".brand .company"));
        if (name.getRect().getWidth() <= 1) {
            // The logo alone: the name is there for screen readers only.
            failures.addAll(unreachableMenuEntries(screen, where));
            return failures;
        }
        int lines = lines(name);
        if (lines > 2) {
            failures.add(where + "the company name takes " + lines + " lines");
        }
        String covered = (String) browser.executeScript(
                "const name = arguments[0].getBoundingClientRect();"
                        + " if (name.left < 0 || name.right > document.documentElement.clientWidth) return 'the edge';"
                        + " for (const other of document.querySelectorAll('.menu-button, .site-search, .lang-switch')) {"
                        + "   const box = other.getBoundingClientRect();"
                        + "   if (box.width > 0 && box.left < name.right && name.left < box.right"
                        + "       && box.top < name.bottom && name.top < box.bottom) return other.className;"
                        + " }"
                        + " return null;",
                name);
        if (covered != null) {
            failures.add(where + "the company name is cut by " + covered);
        }
        failures.addAll(unreachableMenuEntries(screen, where));
        return failures;
    }

    /**
     * Opens the menu if it is folded, and names the entries a finger can't reach on the screen. The entries are
     * measured in one script: asked one by one over WebDriver, the menus of the 170 pages took most of this test's
     * 7 minutes. The categories of a list, hidden until the pointer is on the list's entry, are measured again with
     * the pointer there, a list at a time.
     */
    private List<String> unreachableMenuEntries(Screen screen, String where) {
        List<String> failures = new ArrayList<>();
        WebElement button = browser.findElement(By.cssSelector(".menu-button"));
        if (button.isDisplayed()) {
            if (browser.findElement(By.cssSelector(".main-nav")).isDisplayed()) {
                failures.add(where + "the menu is unfolded before the menu button is tapped");
            }
            button.click();
        }
        List<Map<String, Object>> entries = menuEntries();
        if (entries.size() < 9) {
            failures.add(where + "only " + entries.size() + " menu entries");
        }
        int pointedAt = -1;
        List<Map<String, Object>> whilePointedAt = entries;
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            int group = ((Number) entry.get("group")).intValue();
            if (!(Boolean) entry.get("shown") && group >= 0) {
                if (group != pointedAt) {
                    WebElement list = browser.findElements(By.cssSelector(".main-nav div.menu-group"))
                            .get(group)
                            .findElement(By.xpath("./a"));
                    new Actions(browser).moveToElement(list).perform();
                    whilePointedAt = menuEntries();
                    pointedAt = group;
                }
                entry = whilePointedAt.get(i);
            }
            double left = ((Number) entry.get("left")).doubleValue();
            double right = ((Number) entry.get("right")).doubleValue();
            double height = ((Number) entry.get("height")).doubleValue();
            double width = ((Number) entry.get("screen")).doubleValue();
            if (!(Boolean) entry.get("shown") || left < 0 || right > width || height <= 0) {
                failures.add(where + "the menu entry " + entry.get("href") + " is out of reach at " + entry);
            } else if (screen.phone() && height < 48) {
                failures.add(where + "the menu entry " + entry.get("text") + " is " + height + " px tall");
            }
        }
        return failures;
    }

    /** The menu's entries as shown now: where each is, whether it is seen, and the list it is in (or -1). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> menuEntries() {
        return (List<Map<String, Object>>) browser.executeScript("const screen = document.documentElement.clientWidth;"
                + " const lists = [...document.querySelectorAll('.main-nav div.menu-group')];"
                + " return [...document.querySelectorAll('.main-nav a')].map(entry => {"
                + "   const box = entry.getBoundingClientRect();"
                + "   const shown = box.width > 0 && box.height > 0 && entry.checkVisibility({"
                + "     opacityProperty: true, visibilityProperty: true,"
                + "     checkOpacity: true, checkVisibilityCSS: true});"
                + "   return {href: entry.getAttribute('href'), text: entry.textContent.trim(), shown: shown,"
                + "     group: lists.indexOf(entry.closest('div.menu-group')),"
                + "     left: box.left, right: box.right, height: box.height, screen: screen};"
                + " });");
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
