package org.factdesk.support;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) pointed at the deployed app.
 * Kept out of the test classes so that nothing of Selenium is needed inside the server.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final String base;
  private final Path profile;

  public Browser(URL deployment) throws Exception {
    String url = deployment.toExternalForm();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.profile = Files.createTempDirectory("factdesk-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    // the console, for scripts or handlers the page's Content-Security-Policy blocked
    options.setCapability(
        "goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public String path() {
    String current = driver.getCurrentUrl();
    return current.startsWith(base) ? current.substring(base.length()) : current;
  }

  public WebElement find(String css) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public boolean isPresent(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  /**
   * The visible text of an element, read again if the page replaced the element meanwhile (after a
   * form post or an ajax update).
   */
  public String text(String css) {
    return patient()
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              WebElement element = d.findElement(By.cssSelector(css));
              return element.isDisplayed() ? element.getText() : null;
            });
  }

  /**
   * Clicks something that posts the whole page, and waits until the next page has replaced it. The
   * click waits until the page stands still: an ajax update or an animation above the element (the
   * upload's file row fading out) moves it, and a click at its old place lands on whatever is there
   * now (Chromium refuses it, or it hits nothing and the page never leaves).
   */
  public void clickAndWaitForPage(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    for (int attempt = 1; ; attempt++) {
      try {
        steady(css).click();
        break;
      } catch (ElementClickInterceptedException e) {
        // not clicked: something still covered it; look again
        if (attempt == 3) {
          throw e;
        }
      }
    }
    waitFor(
        d -> {
          try {
            page.isEnabled();
            return false;
          } catch (WebDriverException e) {
            if (isStale(e)) {
              return true;
            }
            throw e;
          }
        });
  }

  /**
   * The element once no ajax request is pending, no animation runs and its place on the page is the
   * same at two looks 50 ms apart.
   */
  private WebElement steady(String css) {
    Rectangle[] last = {null};
    return waitFor(
        d -> {
          Object busy =
              ((JavascriptExecutor) d)
                  .executeScript(
                      "return (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty())"
                          + " || (window.jQuery && jQuery(':animated').length > 0);");
          WebElement element = d.findElement(By.cssSelector(css));
          if (Boolean.TRUE.equals(busy) || !element.isDisplayed()) {
            last[0] = null;
            return null;
          }
          Rectangle now = element.getRect();
          boolean still = now.equals(last[0]);
          last[0] = now;
          return still ? element : null;
        });
  }

  /**
   * Picks an option of a PrimeFaces drop-down (selectOneMenu) by its label, and waits until the
   * menu shows it: a click that lands while the panel is still opening is lost, so it tries again.
   */
  public void choose(String menuCss, String label) {
    for (int attempt = 1; ; attempt++) {
      find(menuCss).click();
      By item = By.cssSelector(menuCss + "_items li[data-label='" + label + "']");
      try {
        // the panel opens by an animation: its items have no size until it has begun
        patient()
            .withTimeout(Duration.ofSeconds(2))
            .until(
                d -> {
                  WebElement option = d.findElement(item);
                  return option.isDisplayed() && option.getSize().getHeight() > 0 ? option : null;
                })
            .click();
        patient()
            .withTimeout(Duration.ofSeconds(2))
            .until(d -> label.equals(d.findElement(By.cssSelector(menuCss + "_label")).getText()));
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.ElementNotInteractableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Up to 15 seconds, looking every 50 ms: Selenium's default of 500 ms made every wait for an ajax
   * answer of a few milliseconds cost half a second, which added up to minutes in the suite.
   */
  private WebDriverWait patient() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  /**
   * Waits up to 15 seconds for the condition. An element an ajax update replaced while it was being
   * read is read again, not a failure: PrimeFaces re-renders parts of the page at any time.
   */
  public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return patient()
        .until(
            d -> {
              try {
                return condition.apply(d);
              } catch (WebDriverException e) {
                if (isStale(e)) {
                  return null; // read again at the next look
                }
                throw e;
              }
            });
  }

  /**
   * Whether the element was replaced while it was being read: Selenium's stale element, or the
   * message Chromium 156 gives for the same ("Node with given id does not belong to the document").
   */
  private static boolean isStale(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /**
   * Waits until no ajax request is queued or running and the page (and the review page's script,
   * where there is one) is idle.
   */
  public void idle() {
    patient()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && document.readyState === 'complete'"
                                + " && !(window.Factdesk && Factdesk.review && Factdesk.review.isBusy());")));
  }

  /** Types keys on the page, each after the previous one's round trip has finished. */
  public void keys(String... keys) {
    for (String key : keys) {
      idle();
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
      idle();
    }
  }

  /** Clicks and waits for the ajax round trip it starts to finish. */
  public void clickAndWait(String css) {
    idle();
    find(css).click();
    idle();
  }

  /** Signs in through the login page and waits for the page that follows. */
  public void signIn(String username, String password) {
    open("/login.xhtml");
    find("#loginForm\\:username").sendKeys(username);
    find("#loginForm\\:password input, input#loginForm\\:password").sendKeys(password);
    find("#loginForm\\:signIn").click();
    waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
  }

  public void signOut() {
    find("#logoutForm\\:logout").click();
    waitFor(ExpectedConditions.urlContains("/login.xhtml"));
  }

  /** Console errors since the last call, e.g. what the Content-Security-Policy refused. */
  public java.util.List<String> consoleErrors() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  public String sessionId() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  @Override
  public void close() throws Exception {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
