package newdeal.slack.modal;

/** An option the rep picked: the Pipeliner id (the option's value) and the text Slack showed for it. */
public record Choice(String id, String label) {
}
