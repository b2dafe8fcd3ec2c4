package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newdeal.Main;
import newdeal.PlaygroundCommand;
import newdeal.sandbox.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A rep using the playground in a real Chromium at 1280×800: the real app behind the Slack stand-in, the sandbox as
 * Pipeliner. Each step is saved to target/playground-screenshots/.
 */
class RepInTheBrowserTest {
    private static final String OPPORTUNITIES = "/entities/Opportunities$";
    private static PlaygroundCommand.Started playground;
    private static Browser browser;
    private PlaygroundPage page;

    @BeforeAll
    static void start() {
        Browser.requireBinaries();
        playground = PlaygroundCommand.start(0, Map.of(), Main.Timings.defaults());
        browser = Browser.start(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playground != null) {
            playground.stop();
        }
    }

    @BeforeEach
    void openThePage() {
        page = new PlaygroundPage(browser.driver).open(playground.playground().url());
    }

    @AfterEach
    void closeWhatIsLeft() {
        playground.sandbox().orElseThrow().faults().clear();
        page.script("document.querySelector('.modal-x')?.click()");
        page.awaitNoDialog();
    }

    @Test
    void creates_a_deal_from_the_command_to_the_sandbox_page() {
        browser.screenshot("01-channel");
        page.type("/new-deal Globex renewal");
        page.dialog("New deal");
        assertThat(page.value("Deal name")).isEqualTo("Globex renewal");
        page.until(d -> page.value("Owner").equals("Anna Keller"));
        browser.screenshot("02-modal-opened");

        page.choose("Account", "Globex", "Globex Corporation");
        page.until(d -> page.describedBy("Contacts").startsWith("The first contact you pick"));
        browser.screenshot("03-account-chosen");
        page.choose("Contacts", "", "★ ");
        WebElement contacts = page.input("Contacts");
        contacts.click();
        WebElement second = page.option(contacts, "");
        String secondName = second.getText().replace("★ ", "").split(" · ")[0];
        second.click();
        List<String> chosen = page.chips("Contacts");
        assertThat(chosen).hasSize(2);
        page.choose("Pipeline step", "Renewal", "Renewal Due");
        page.input("Value").sendKeys("12500.50");
        page.choose("Currency", "", "USD");
        LocalDate closing = LocalDate.now(ZoneOffset.UTC).plusDays(45);
        page.setDate("Closing date", closing.toString());
        browser.screenshot("04-form-filled");

        page.press("Create deal");
        page.awaitNoDialog();
        WebElement reply = page.message("is in Pipeliner");
        assertThat(reply.getText()).contains("Only visible to you", "Globex Corporation", "Renewal Due",
                "12,500.50 USD", closing.toString());
        browser.screenshot("05-reply");

        WebElement link = reply.findElement(By.linkText("Globex renewal"));
        String channel = browser.driver.getWindowHandle();
        link.click();
        page.until(d -> d.getWindowHandles().size() > 1);
        browser.driver.switchTo().window(browser.driver.getWindowHandles().stream()
                .filter(h -> !h.equals(channel)).findFirst().orElseThrow());
        try {
            page.until(d -> d.getTitle().startsWith("Globex renewal"));
            String shown = browser.driver.findElement(By.tagName("main")).getText();
            assertThat(shown).contains("Globex Corporation", "Renewal", "Renewal Due", "12500.50 USD",
                    closing.toString(), "Anna Keller", secondName);
            assertThat(browser.driver.findElement(By.cssSelector("ul.contacts li.primary")).getText())
                    .startsWith(chosen.get(0).replace("★ ", "").split(" · ")[0]).endsWith("(primary)");
            browser.screenshot("06-sandbox-page");
        } finally {
            browser.driver.close();
            browser.driver.switchTo().window(channel);
        }
    }

    @Test
    void shows_pipeliners_refusal_under_its_input_with_everything_typed_kept() {
        String refusal = "Field 'closing_date' must not be after the end of the fiscal year.";
        playground.sandbox().orElseThrow().faults()
                .add(Fault.on("POST", OPPORTUNITIES).withFieldError("closing_date", refusal).times(1));
        page.type("/new-deal Initech expansion");
        page.dialog("New deal");
        page.choose("Account", "Initech", "Initech");
        page.until(d -> page.describedBy("Contacts").startsWith("The first contact you pick"));
        page.input("Value").sendKeys("900");
        String date = LocalDate.now(ZoneOffset.UTC).plusYears(2).toString();
        page.setDate("Closing date", date);

        page.press("Create deal");

        page.until(d -> page.describedBy("Closing date").equals(refusal));
        assertThat(page.value("Closing date")).isEqualTo(date);
        assertThat(page.value("Value")).isEqualTo("900");
        assertThat(page.value("Deal name")).isEqualTo("Initech expansion");
        assertThat(page.value("Account")).startsWith("Initech");
        assertThat(page.input("Closing date").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("07-error-under-its-input");
    }

    @Test
    void shows_creating_while_pipeliner_is_slow_then_the_link() {
        playground.sandbox().orElseThrow().faults()
                .add(Fault.on("POST", OPPORTUNITIES).withLatency(Duration.ofSeconds(4)).times(1));
        page.type("/new-deal Umbrella pilot");
        page.dialog("New deal");
        page.choose("Account", "Umbrella", "Umbrella");
        page.until(d -> page.describedBy("Contacts").startsWith("The first contact you pick"));
        page.input("Value").sendKeys("4000");

        page.press("Create deal");

        page.until(d -> page.dialog("New deal").getText().contains("Creating Umbrella pilot in Pipeliner"));
        browser.screenshot("08-creating");
        page.until(d -> page.dialog("New deal").getText().contains("Created Umbrella pilot in Pipeliner"));
        assertThat(page.dialog("New deal").findElements(By.linkText("Umbrella pilot"))).hasSize(1);
        page.message("Umbrella pilot");
        browser.screenshot("09-created");
    }

    @Test
    void lets_a_rep_pick_with_the_keyboard_alone() {
        page.type("/new-deal Keyboard deal");
        page.dialog("New deal");
        WebElement step = page.input("Pipeline step");
        assertThat(step.getAttribute("role")).isEqualTo("combobox");
        page.until(d -> {
            page.input("Pipeline step").click();
            return true;
        });

        browser.driver.switchTo().activeElement().sendKeys("quote");
        page.until(d -> "true".equals(page.input("Pipeline step").getAttribute("aria-expanded")));
        WebElement list = browser.driver.findElement(By.id(page.input("Pipeline step").getAttribute("aria-controls")));
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(list.findElements(By.cssSelector("[role=option]"))).extracting(WebElement::getText)
                .containsExactly("Quote Sent · 60 %");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        page.until(d -> page.value("Pipeline step").equals("Quote Sent · 60 %"));
        assertThat(page.input("Pipeline step").getAttribute("aria-expanded")).isEqualTo("false");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.awaitNoDialog();
    }

    @Test
    void shows_a_name_full_of_markup_as_the_text_it_is() {
        String name = "<script>alert(1)</script> & Co";
        page.type("/new-deal " + name);
        page.dialog("New deal");
        assertThat(page.value("Deal name")).isEqualTo(name);
        page.choose("Account", "Globex", "Globex Corporation");
        page.until(d -> page.describedBy("Contacts").startsWith("The first contact you pick"));
        page.input("Value").sendKeys("1");

        page.press("Create deal");

        page.until(d -> page.message("is in Pipeliner").findElement(By.tagName("a")).getText().equals(name));
        assertThat(browser.driver.findElements(By.cssSelector("#messages script, #modal-root script"))).isEmpty();
        browser.screenshot("10-markup-shown-as-text");
    }
}
