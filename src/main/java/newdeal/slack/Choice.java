package newdeal.slack;

/** An option the rep picked: the Pipeliner id (the option's value) and the text Slack showed for it. */
record Choice(String id, String label) {
}
