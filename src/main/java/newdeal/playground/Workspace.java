package newdeal.playground;

/**
 * The made-up Slack workspace the playground stands in for: one team, one channel, and the new-deal app installed in
 * it. Ids follow Slack's shapes (T…, C…, A…, U…, B…) so the app parses them as it parses Slack's.
 */
final class Workspace {
    static final String TEAM_ID = "T0PLAYGRND";
    static final String TEAM_DOMAIN = "playground";
    static final String TEAM_NAME = "new-deal playground";
    static final String CHANNEL_ID = "C0PLAYDEAL";
    static final String CHANNEL_NAME = "deals";
    static final String APP_ID = "A0PLAYNDEAL";
    static final String BOT_USER_ID = "U0NEWDEALBOT";
    static final String BOT_ID = "B0NEWDEAL";
    static final String APP_NAME = "new-deal";
    static final String COMMAND = "/new-deal";

    private Workspace() {
    }
}
