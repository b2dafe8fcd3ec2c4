package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import newdeal.Main;
import newdeal.PlaygroundCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The playground on a phone's 390×844 screen, and the "You are" picker: a member whose Slack email differs from
 * Pipeliner's only in case gets the owner preselected; one Pipeliner does not know is told why not.
 */
class PhoneInTheBrowserTest {
    private static PlaygroundCommand.Started playground;
    private static Browser browser;
    private PlaygroundPage page;

    @BeforeAll
    static void start() {
        Browser.requireBinaries();
        playground = PlaygroundCommand.start(0, Map.of(), Main.Timings.defaults());
        browser = Browser.start(390, 844);
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
        page.script("document.querySelector('.modal-x')?.click()");
        page.awaitNoDialog();
    }

    @Test
    void creates_a_deal_on_a_phone_as_a_member_whose_email_differs_only_in_case() {
        you("Tom Berger");
        assertThat(page.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isEqualTo(390L);
        browser.screenshot("phone-01-channel");
        page.type("/new-deal Globex renewal");
        WebElement dialog = page.dialog("New deal");
        assertThat(dialog.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(dialog.getRect().getY() + dialog.getRect().getHeight()).as("the buttons on screen")
                .isLessThanOrEqualTo(844);
        page.until(d -> page.value("Owner").equals("Tom Berger"));
        page.choose("Account", "Globex", "Globex Corporation");
        page.until(d -> page.describedBy("Contacts").startsWith("The first contact you pick"));
        page.input("Value").sendKeys("7000");
        browser.screenshot("phone-02-modal");

        page.press("Create deal");

        page.awaitNoDialog();
        assertThat(page.message("is in Pipeliner").getText()).contains("Globex renewal", "7,000.00 EUR");
        browser.screenshot("phone-03-reply");
    }

    @Test
    void tells_a_member_pipeliner_does_not_know_to_choose_the_owner() {
        you("Robin Guest");
        page.type("/new-deal Partner pilot");
        page.dialog("New deal");

        page.until(d -> page.describedBy("Owner").contains("No Pipeliner user has your Slack email "
                + "(robin@guest-agency.example)"));
        assertThat(page.value("Owner")).isEmpty();
        browser.screenshot("phone-04-owner-unknown");
    }

    private void you(String name) {
        Select select = new Select(browser.driver.findElement(By.id("you")));
        select.getOptions().stream().filter(o -> o.getText().startsWith(name)).findFirst().orElseThrow().click();
    }
}
