package org.onestop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the application under test, started on first use. Its visitor asks
 * for Kazakh ({@code Accept-Language: kk}), like most of the country's browsers.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Path chromium;
    private final Path chromedriver;
    private final String baseUrl;
    private final boolean javaScript;
    private WebDriver driver;

    Browser(Path chromium, Path chromedriver, String baseUrl, boolean javaScript) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
        this.baseUrl = baseUrl;
        this.javaScript = javaScript;
    }

    boolean javaScript() {
        return javaScript;
    }

    /** The driver, for anything this class does not say itself. */
    public WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1024,900", "--lang=kk");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "kk",
                    "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        }
        return driver;
    }

    /** Opens a page of the application, e.g. {@code /services?q=паспорт}. */
    public void open(String path) {
        driver().get(baseUrl + path);
    }

    /** Clicks something that loads another page, and waits until that page has replaced this one. */
    public void follow(WebElement link) {
        WebElement page = driver().findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(driver(), PATIENCE).until(driver -> gone(page));
    }

    /**
     * Whether the page an element belonged to has been replaced. ChromeDriver answers a question
     * about an element of the page just left with a stale-element error, or, while the next page
     * is being attached, with an inspector error that the node "does not belong to the document":
     * both mean the old page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Follows the first link with exactly this text. */
    public void followLink(String text) {
        follow(driver().findElement(By.linkText(text)));
    }

    /** Types into a field, replacing what it held. */
    public void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The page's language, as its {@code <html lang>} declares it. */
    public String language() {
        return driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return driver().findElement(By.tagName("main")).getText();
    }

    /** A fresh visitor: no cookies, so no session and no language chosen. */
    void reset() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    /** Saves what the browser shows (PNG) and the page's source (HTML) under {@code directory/name}. */
    void saveEvidence(Path directory, String name) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException browserGone) {
            System.err.println("No screenshot of " + name + ": " + browserGone);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
