package newdeal.playground;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground page as a rep uses it: found the way a screen reader finds things (the message box by its label,
 * inputs by their label text, options by role), and waited on until the page shows what is expected.
 */
final class PlaygroundPage {
    static final Duration WAIT = Duration.ofSeconds(15);
    private final WebDriver driver;
    private final WebDriverWait wait;

    PlaygroundPage(WebDriver driver) {
        this.driver = driver;
        // The modal is drawn anew on every update from the app: an element found a moment ago may be gone.
        this.wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    PlaygroundPage open(String url) {
        driver.get(url);
        wait.until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "live"));
        wait.until(d -> !d.findElements(By.cssSelector("#you option")).isEmpty());
        return this;
    }

    void type(String text) {
        WebElement box = labelled(driver.findElement(By.tagName("body")), "Message");
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** The open modal, once it is the dialog named {@code title}. */
    WebElement dialog(String title) {
        return wait.until(d -> d.findElements(By.cssSelector("[role=dialog]")).stream()
                .filter(dialog -> title.equals(name(dialog))).findFirst().orElse(null));
    }

    void awaitNoDialog() {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[role=dialog]"), 0));
    }

    /** The input whose {@code <label>} reads {@code label} (without " (optional)"). */
    WebElement input(String label) {
        return wait.until(d -> {
            List<WebElement> labels = d.findElements(By.cssSelector("[role=dialog] label"));
            for (WebElement l : labels) {
                if (l.getText().replace(" (optional)", "").strip().equals(label)) {
                    List<WebElement> found = d.findElements(By.id(l.getAttribute("for")));
                    return found.isEmpty() ? null : found.get(0);
                }
            }
            return null;
        });
    }

    /** Types into the combobox labelled {@code label} and picks the option whose text starts with {@code text}. */
    void choose(String label, String query, String text) {
        wait.until(d -> {
            input(label).click();
            return true;
        });
        if (!query.isEmpty()) {
            // Typed into whatever input has the focus: an update from the app may have drawn the form anew.
            wait.until(d -> {
                d.switchTo().activeElement().sendKeys(query);
                return true;
            });
        }
        wait.until(d -> {
            option(input(label), text).click();
            return true;
        });
    }

    /** Waits for an option starting with {@code text} in the list the combobox controls. */
    WebElement option(WebElement combobox, String text) {
        String listId = combobox.getAttribute("aria-controls");
        return wait.until(d -> d.findElements(By.cssSelector("#" + listId + " [role=option]")).stream()
                .filter(o -> o.getText().startsWith(text) && o.isDisplayed()).findFirst().orElse(null));
    }

    /** The chosen options of a multi-select, as their chips read. */
    List<String> chips(String label) {
        return wait.until(d -> input(label).findElement(By.xpath("./..")).findElements(By.cssSelector(".chip"))
                .stream().map(c -> c.getText().replace("×", "").strip()).toList());
    }

    /** The text under an input that its aria-describedby names first (an error when there is one). */
    String describedBy(String label) {
        return wait.until(d -> {
            String ids = input(label).getAttribute("aria-describedby");
            return ids == null ? "" : d.findElement(By.id(ids.split(" ")[0])).getText();
        });
    }

    void press(String buttonText) {
        wait.until(d -> d.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().strip().equals(buttonText) && b.isDisplayed() && b.isEnabled())
                .findFirst().orElse(null)).click();
    }

    /** Waits until a message in the channel contains {@code text}; returns it. */
    WebElement message(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#messages .message")).stream()
                .filter(m -> m.getText().contains(text)).reduce((a, b) -> b).orElse(null));
    }

    void setDate(String label, String isoDate) {
        WebElement input = input(label);
        String[] parts = isoDate.split("-");
        input.click();
        input.sendKeys(parts[1] + parts[2] + parts[0]);
        wait.until(d -> isoDate.equals(input.getAttribute("value")));
    }

    String value(String label) {
        return wait.until(d -> input(label).getAttribute("value"));
    }

    void until(java.util.function.Function<WebDriver, Object> condition) {
        wait.until(condition);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private String name(WebElement dialog) {
        String id = dialog.getAttribute("aria-labelledby");
        return id == null ? "" : driver.findElement(By.id(id)).getText();
    }

    private WebElement labelled(WebElement scope, String label) {
        for (WebElement l : scope.findElements(By.tagName("label"))) {
            if (label.equals(l.getAttribute("textContent").strip())) {
                return driver.findElement(By.id(l.getAttribute("for")));
            }
        }
        throw new AssertionError("no element labelled " + label);
    }
}
