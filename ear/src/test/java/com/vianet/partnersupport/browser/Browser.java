package com.vianet.partnersupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from Debian's packages, driven by its chromedriver. Both paths are given
 * so Selenium Manager never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("ps.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("ps.chromedriver", "/usr/bin/chromedriver");

  /** The portal the build deployed; the ear module's failsafe configuration names it. */
  public static final String BASE_URL =
      System.getProperty("ps.base.url", "http://localhost:18080/partner-support/");

  private final String baseUrl;
  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      this.profile = Files.createTempDirectory("ps-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            // Another zone than the server's and the viewer's: pages must not depend on it.
            .withEnvironment(java.util.Map.of("TZ", "America/New_York"))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // Ajax updates replace elements while a wait looks at them.
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement waitFor(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public String text(String id) {
    return waitFor(id).getText();
  }

  public void type(String id, String text) {
    WebElement field = waitFor(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks something that loads a new page and waits until the old one is gone. */
  public void clickAndWaitForPage(String id) {
    WebElement element = waitFor(id);
    try {
      element.click();
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return; // the page changed under the click: the new one is loading
    } catch (org.openqa.selenium.WebDriverException e) {
      // Chromium reports a click whose page unloaded mid-way as an inspector error; the click went
      // through.
      if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
        throw e;
      }
    }
    wait.until(ExpectedConditions.stalenessOf(element));
  }

  /** A cookie's value, or null: e.g. the balancer's, naming the instance that serves us. */
  public String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public boolean isPresent(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /**
   * Picks an option of a PrimeFaces select menu as a person does: open it, click the label. A click
   * that lands while the popup is still opening is lost, so it tries again, like a person would.
   */
  public void selectByLabel(String id, String label) {
    By panel = By.id(id + "_panel");
    By option = By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']");
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
    for (int attempt = 1; ; attempt++) {
      if (!driver.findElement(panel).isDisplayed()) {
        click(id);
      }
      try {
        shortWait.until(ExpectedConditions.elementToBeClickable(option)).click();
        shortWait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        return;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Opens a submenu of the main menu, as a click on its label does. */
  public void openMenu(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "'] > a")))
        .click();
  }

  /** Picks the first real option (after "Choose") of a PrimeFaces select menu. */
  public void selectFirstOption(String id) {
    String label =
        waitFor(id)
            .findElement(By.cssSelector("[id='" + id + "_input'] option:nth-child(2)"))
            .getAttribute("textContent");
    selectByLabel(id, label);
  }

  /** Clicks the first suggestion an autocomplete offers for what was typed. */
  public void clickFirstSuggestion(String id) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item")))
        .click();
  }

  public void waitForValue(String id, String part) {
    wait.until(d -> d.findElement(By.id(id)).getAttribute("value").contains(part));
  }

  public boolean waitForText(String id, String text) {
    return wait.until(d -> d.findElement(By.id(id)).getText().contains(text));
  }

  /** Clicks a PrimeFaces checkbox of a selectManyCheckbox through its label. */
  public void clickCheckbox(String id) {
    clickRadio(id);
  }

  /** Waits until an ajax update has put the option into the menu. */
  public void waitForOption(String id, String label) {
    wait.until(d -> d.findElement(By.id(id + "_input")).getAttribute("innerHTML").contains(label));
  }

  /** Ticks a PrimeFaces boolean checkbox by its box, as a person clicks it. */
  public void tick(String id) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "'] .ui-chkbox-box")))
        .click();
  }

  /** Waits until PrimeFaces has no ajax request running or queued. */
  public void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() &&"
                            + " (!window.jQuery || jQuery.active === 0);")));
  }

  /** Waits until an element (visible or not) no longer shows the text, as after an ajax update. */
  public boolean waitForTextGone(String id, String text) {
    return wait.until(d -> !d.findElement(By.id(id)).getText().contains(text));
  }

  /** Clicks a PrimeFaces radio button through its label. */
  public void clickRadio(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + id + "']")))
        .click();
  }

  /** Chooses a radio button or ticks a checkbox and waits until the page has registered it. */
  public void choose(String id) {
    if (!driver.findElement(By.id(id)).isSelected()) {
      clickRadio(id);
    }
    wait.until(d -> d.findElement(By.id(id)).isSelected());
  }

  public void upload(String inputId, Path file) {
    driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
  }

  public String value(String id) {
    return waitFor(id).getAttribute("value");
  }

  /**
   * The page's serious and critical accessibility violations (axe-core, WCAG 2 A and AA), each as
   * "rule: element"; empty when there are none.
   */
  public java.util.List<String> accessibilityProblems() {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .flatMap(
            v ->
                v.getNodes().stream()
                    .map(
                        n ->
                            v.getId()
                                + " ("
                                + v.getImpact()
                                + "): "
                                + n.getTarget()
                                + " "
                                + String.valueOf(n.getFailureSummary()).replace('\n', ' ')))
        .toList();
  }

  public String title() {
    return driver.getTitle();
  }

  /** A browser on the portal, in English, signed in as a demo user. */
  public static Browser signedInAs(String username) {
    Browser browser = new Browser(BASE_URL);
    browser.open("login.xhtml");
    browser.clickAndWaitForPage("language-form:language-en");
    browser.signIn(username, "Demo#2026");
    return browser;
  }

  public void signIn(String username, String password) {
    open("login.xhtml");
    type("login-form:username", username);
    type("login-form:password", password);
    clickAndWaitForPage("login-form:sign-in");
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
