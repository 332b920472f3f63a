package org.claims.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.claims.model.Claim;
import org.claims.model.Measure;
import org.claims.query.AnalystScenario;
import org.claims.query.Fixtures;
import org.claims.testsupport.KafkaTestResource;
import org.claims.testsupport.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/** The dashboard page in real headless Chromium, over data that travelled through Kafka into PostgreSQL. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    static final String XSS_EVIDENCE = "<script>alert(1)</script>700 wounded<img src=x onerror=\"window.__xss=1\">.";
    private static ChromeDriver driver;
    private static AnalystScenario scenario;
    private static Claim xss;

    @TestHTTPResource("/")
    URL root;
    @Inject
    ObjectMapper json;

    @BeforeAll
    static void browser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(options);
        // --window-size includes the browser's frame: grow the window until the page itself gets 1280×800
        Number frame = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(1280, 800 + frame.intValue()));
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void seedOnceAndOpen() {
        if (scenario == null) {
            scenario = AnalystScenario.seed(json);
            // markup in an article and in a claim's source: it must reach the analyst as text, never as markup
            xss = scenario.story(json, "x1", "<b>Outlet</b>", "en", "2024-11-15", XSS_EVIDENCE, Measure.WOUNDED,
                    scenario.troops, 700, 700, "<img src=x onerror=\"window.__xss=1\">", "Kursk", "2024-11-14");
            scenario.awaitStored();
        }
        driver.get(root + "?subject=" + scenario.token);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private WebElement chip(Claim c) {
        await().atMost(WAIT).until(() -> !all("button.chip[data-claim-id='" + c.claimId() + "']").isEmpty());
        return driver.findElement(By.cssSelector("button.chip[data-claim-id='" + c.claimId() + "']"));
    }

    @Test
    @Order(1)
    void showsDisagreementsSeriesAndTheTimelineChart() {
        await().atMost(WAIT).until(() -> all("#series tbody tr").size() == 3);
        String table = driver.findElement(By.id("series")).getText();
        assertThat(table).contains(scenario.troops + " · present · Kursk").contains("11,000").contains("11,000–12,000")
                .contains("3,000–12,000");
        assertThat(driver.findElement(By.id("disagreements")).getText()).contains("gap 8,000").contains("gap 150");
        await().atMost(WAIT).until(() -> ((Number) js("const c = Chart.getChart(document.getElementById('timeline'));"
                + "return c ? c.data.datasets.reduce((n, d) => n + d.data.length, 0) : 0;")).intValue() > 0);
        assertThat(driver.findElement(By.id("chart-title")).getText()).contains(scenario.troops);
    }

    @Test
    @Order(2)
    void aClaimSentThroughKafkaAppearsInTheLiveFeed() {
        await().atMost(WAIT).until(() -> driver.findElement(By.id("feed-state")).getText().equals("live"));
        String article = "live-" + scenario.token;
        Claim live = Fixtures.claim(article, 0, Measure.PRESENT, scenario.troops, 12500, 12500, "Kyiv Independent",
                "Kursk", LocalDate.parse("2024-12-01"), "en", "Some 12,500 troops, Kyiv said.");
        Fixtures.send(json, live);
        await().atMost(WAIT).until(() -> !all("#feed li[data-claim-id='" + live.claimId() + "']").isEmpty());
        assertThat(driver.findElement(By.id("feed")).getText()).contains("Kyiv Independent").contains("12,500");
    }

    @Test
    @Order(3)
    void aXssAttemptIsShownAsTextAndNeverRuns() {
        WebElement chip = chip(xss);
        assertThat(chip.getText()).contains("<img src=x onerror=\"window.__xss=1\">");
        chip.click();
        await().atMost(WAIT).until(() -> !all("#article-body mark").isEmpty()
                && driver.findElement(By.cssSelector("#article-body mark")).getText().equals(XSS_EVIDENCE));
        assertThat(all("#article-body script, #article-body img, #series img")).isEmpty();
        assertThat(driver.findElement(By.id("article-meta")).getText()).contains("<b>Outlet</b>");
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    @Order(4)
    void clickingAClaimHighlightsItsEvidenceInTheArticle() throws Exception {
        Claim latestDod = scenario.claims.get(3);
        chip(latestDod).click();
        await().atMost(WAIT).until(() -> !all("#article-body mark").isEmpty()
                && driver.findElement(By.cssSelector("#article-body mark")).getText().equals(latestDod.evidence().text()));
        assertThat(driver.findElement(By.id("article-body")).getText())
                .startsWith("Context paragraph for a4.").contains(latestDod.evidence().text());
        assertThat(driver.findElement(By.id("claim-summary")).getText()).contains(AnalystScenario.DOD).contains("11,000");
        assertThat(js("return [window.innerWidth, window.innerHeight].join('x')")).isEqualTo("1280x800");
        // a live claim too, so the screenshot shows every panel at work
        Claim live = Fixtures.claim("live2-" + scenario.token, 0, Measure.PRESENT, scenario.troops, 9000, 9000,
                "Institute for the Study of War", "Kursk", LocalDate.parse("2024-12-05"), "en", "About 9,000 troops.");
        Fixtures.send(json, live);
        await().atMost(WAIT).until(() -> !all("#feed li[data-claim-id='" + live.claimId() + "']").isEmpty());
        Path png = Path.of("target", "dashboard.png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    }
}
