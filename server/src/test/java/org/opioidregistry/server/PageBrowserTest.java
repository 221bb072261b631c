package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * The reviewers' page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs when missing): a fentanyl analogue typed in shows its verdict, the
 * covering clauses and a depiction with the US definition's sites labelled beside the nearest
 * listed substance; moving the slider changes the similar list; the class filter narrows it on the
 * server while the verdict stays; a SMARTS highlights its match; a name with script in it, imported
 * through the API, shows as text and runs nothing; the structure editor loads from this server
 * alone. Without Chromium the test fails, naming what to install: it never skips. The screenshot is
 * kept at {@code target/screenshots/page.png}.
 */
class PageBrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  /** A name that would run if the page wrote names as markup. */
  static final String HOSTILE =
      "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

  /** 4-methylfentanyl on the phenethyl ring: not in the bundled registry. */
  static final String HOSTILE_SMILES = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C)cc2)CC1";

  private static Registry registry;
  private static RegistryServer server;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "the page test needs Debian's chromium and chromium-driver: "
            + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does)");
    registry = Registry.inMemory(ReferenceData.bundled().substances());
    server =
        RegistryServer.start(
            Identifier.over(registry), ServerSettings.defaults().withPort(0).withWritable(true));
    Http.Response imported =
        new Http(server.uri())
            .post(
                "/api/substances",
                Http.JSON
                    .createObjectNode()
                    .put("id", "lab-hostile")
                    .put("name", HOSTILE)
                    .put("structure", HOSTILE_SMILES)
                    .put("class", "fentanyl-analogue")
                    .toString(),
                "Authorization",
                "Bearer " + server.writeToken().orElseThrow());
    assertEquals(201, imported.status(), imported.body());

    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (registry != null) {
      registry.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Http.guard(Duration.ofSeconds(60)));
  }

  private static void identify(String query) {
    WebElement box = browser.findElement(By.id("query"));
    box.clear();
    box.sendKeys(query);
    box.sendKeys(Keys.ENTER);
  }

  private static int similarCount() {
    return browser.findElements(By.cssSelector("#similar li")).size();
  }

  @Test
  void aReviewerIdentifiesAnAnalogueMovesTheSliderAndSeesNamesAsText() throws Exception {
    browser.get(server.uri().toString());
    // The editor's code came from this server (no other origin is allowed) and started.
    waiting()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const f = document.getElementById('editor');"
                                + " return !!(f && f.contentWindow && f.contentWindow.editor);"));

    identify(ApiTest.ANALOGUE);
    waiting().until(ExpectedConditions.textToBe(By.id("verdict"), "COVERED_BY_CLASS_DEFINITION"));
    String clauses = browser.findElement(By.id("clauses")).getText();
    assertTrue(clauses.contains("us-frs (US): COVERED; clauses"), clauses);
    assertTrue(clauses.contains("propionyl → valeryl"), clauses);
    waiting()
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const i = document.getElementById('depiction'); return i.complete && i.naturalWidth > 0;"));

    waiting().until(d -> similarCount() > 0);
    int atHalf = similarCount();
    String before = browser.findElement(By.id("similar")).getText();
    WebElement slider = browser.findElement(By.id("threshold"));
    for (int i = 0; i < 7; i++) {
      slider.sendKeys(Keys.ARROW_RIGHT); // 0.50 -> 0.85
    }
    waiting().until(ExpectedConditions.textToBe(By.id("threshold-value"), "0.85"));
    waiting().until(d -> !browser.findElement(By.id("similar")).getText().equals(before));
    int atHigh = similarCount();
    assertTrue(atHigh < atHalf, atHigh + " similar at 0.85, " + atHalf + " at 0.50");

    // The depiction shows the US definition's sites, labelled by clause, beside the nearest
    // listed substance (README: para-fluorobutyrfentanyl); its legend names each change.
    waiting()
        .until(
            ExpectedConditions.textToBe(
                By.id("depiction-note"),
                "Sites changed under us-frs, by clause, beside para-fluorobutyrfentanyl"));
    String picture =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const s = document.getElementById('depiction').src;"
                        + " return s.startsWith('data:image/svg+xml') ?"
                        + " decodeURIComponent(s.substring(s.indexOf(',') + 1)) : '';");
    assertTrue(picture.contains("mol2"), "the compared substance is drawn beside it");
    assertTrue(picture.contains("propionyl → valeryl"), "the legend names clause E's change");
    shoot("page.png");

    // Filters: the server narrows the similar list to nitazenes; the verdict stays.
    for (int i = 0; i < 15; i++) {
      slider.sendKeys(Keys.ARROW_LEFT); // 0.85 -> 0.10
    }
    waiting().until(ExpectedConditions.textToBe(By.id("threshold-value"), "0.10"));
    new Select(browser.findElement(By.id("class-filter"))).selectByValue("nitazene");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("similar-note"), "filtered"));
    waiting().until(d -> similarCount() > 0);
    List<String> classes =
        browser.findElements(By.cssSelector("#similar li")).stream()
            .map(li -> li.getAttribute("data-class"))
            .distinct()
            .toList();
    assertEquals(List.of("NITAZENE"), classes);
    assertEquals("COVERED_BY_CLASS_DEFINITION", browser.findElement(By.id("verdict")).getText());

    // A SMARTS highlights its match in the query's picture instead.
    WebElement smarts = browser.findElement(By.id("highlight-smarts"));
    smarts.sendKeys("C(=O)N(c1ccccc1)C1CCNCC1", Keys.TAB);
    waiting()
        .until(
            ExpectedConditions.textToBe(
                By.id("depiction-note"), "Atoms matched by the SMARTS highlighted"));
    new Select(browser.findElement(By.id("class-filter"))).selectByValue("");
    smarts.clear();
    smarts.sendKeys(Keys.TAB);
    shoot("page-filtered.png");

    // The imported hostile name, wherever it shows, is text.
    identify(HOSTILE_SMILES);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("listed"), HOSTILE));
    List<WebElement> injected =
        browser.findElements(By.cssSelector("#result img[src='x'], #result script"));
    assertEquals(List.of(), injected, "a registry value became markup");
    assertTrue(!browser.getTitle().contains("pwned"), browser.getTitle());
    shoot("page-hostile-name.png");
  }

  private static void shoot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
