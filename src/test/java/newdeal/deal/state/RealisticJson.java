package newdeal.deal.state;

import java.util.List;

/**
 * Values of the size and shape the app will store: a Created outcome (the opportunity as Pipeliner returned it) and a
 * modal's state as the refit's ModalState will hold it (who, where to reply, the account and owner chosen, the
 * revisions, Slack's hash, and the form as typed), at four moments of a modal's life.
 */
final class RealisticJson {
    private static final String ACCOUNT =
            "{\"id\":\"8c2e4b1a-6f0d-4e57-9b3a-2d1c0e9f8a71\",\"label\":\"Globex Corporation GmbH\"}";
    private static final String OWNER = "5d0b7e2c-91a4-4f3e-8c6b-0a2f1e3d4c5b";

    private RealisticJson() {
    }

    static String createdOutcome(String opportunityId) {
        return "{\"type\":\"created\",\"opportunity\":{\"id\":\"" + opportunityId
                + "\",\"name\":\"Globex – 250 seats renewal 2027\",\"ownerId\":\"" + OWNER
                + "\",\"stepId\":\"3f6a9c1e-2b4d-4a8f-9e7c-1d0b2a3c4e5f\","
                + "\"closingDate\":\"2027-03-31\",\"baseValue\":125000.00,\"valueForeign\":null,"
                + "\"currencyId\":\"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\",\"created\":\"2026-12-04T16:59:58.123Z\"}}";
    }

    /** Opened, account chosen, owner found, submitted: each a little fuller than the one before. */
    static List<String> modalStates(String viewId) {
        String who = "\"viewId\":\"" + viewId + "\",\"userId\":\"U04ABCDEF12\",\"channelId\":\"C03QWERTY9\","
                + "\"responseUrl\":\"https://hooks.slack.com/commands/T01ABCDEFGH/6273849506172/"
                + "Xk3pQ9rTz1LmNb7VcW2sYdHa\"";
        String typed = "\"typed\":{\"name\":\"Globex – 250 seats renewal 2027\",\"account\":" + ACCOUNT
                + ",\"contacts\":[{\"id\":\"0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d\",\"label\":\"Anna Schmidt\"},"
                + "{\"id\":\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\",\"label\":\"Ben Müller\"}],"
                + "\"stepId\":\"3f6a9c1e-2b4d-4a8f-9e7c-1d0b2a3c4e5f\",\"valueText\":\"125000.00\","
                + "\"currencyId\":\"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\",\"closingDate\":\"2027-03-31\","
                + "\"ownerId\":\"" + OWNER + "\",\"description\":\"Renewal for 250 seats; the customer asked for a "
                + "3-year term with 5 % off. Procurement contact is Anna; legal review in January.\"}";
        return List.of(
                "{" + who + ",\"hash\":\"1733331598.Hk2nQ8aZ\",\"account\":null,\"owner\":null,\"contactsRev\":0,"
                        + "\"ownerRev\":0,\"attempt\":0,\"typed\":null,\"notices\":[]}",
                "{" + who + ",\"hash\":\"1733331603.Pq7wE3rT\",\"account\":" + ACCOUNT + ",\"owner\":null,"
                        + "\"contactsRev\":1,\"ownerRev\":0,\"attempt\":0,\"typed\":null,\"notices\":[]}",
                "{" + who + ",\"hash\":\"1733331604.Zx9cV2bN\",\"account\":" + ACCOUNT + ",\"owner\":{\"id\":\""
                        + OWNER + "\",\"pickedByRep\":false},\"contactsRev\":1,\"ownerRev\":1,\"attempt\":0,"
                        + "\"typed\":null,\"notices\":[]}",
                "{" + who + ",\"hash\":null,\"account\":" + ACCOUNT + ",\"owner\":{\"id\":\"" + OWNER
                        + "\",\"pickedByRep\":false},\"contactsRev\":1,\"ownerRev\":1,\"attempt\":0," + typed
                        + ",\"notices\":[]}");
    }
}
