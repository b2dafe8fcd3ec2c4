package newdeal.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import newdeal.sandbox.EntityDef.ToMany;
import newdeal.sandbox.EntityDef.ToOne;

/** The entity types the sandbox serves, with their relations as the spec's response schemas declare them. */
final class Entities {
    static final String OPPORTUNITIES = "Opportunities";
    /** The properties of the spec's {@code batchStepInput}: what {@code Pipeline.steps} holds when not expanded. */
    private static final List<String> STEP_INPUT_FIELDS = List.of("id", "name", "description", "has_readonly_form",
            "has_version_increment", "lead_process_id", "percent", "quote_process_id", "timeframe", "revision",
            "documents", "step_checklists");

    private static final List<EntityDef> ALL = List.of(
            def("Clients", "Client", List.of(one("default_unit", "SalesUnits"), one("master_right", "MasterRights"))),
            def("SalesUnits", "SalesUnit", List.of(one("parent", "SalesUnits"), one("picture", "CloudObjects"))),
            new EntityDef("Pipelines", "Pipeline", List.of(), List.of(
                    new ToMany("steps", "Steps", "pipeline_id", STEP_INPUT_FIELDS),
                    many("opportunity_types", "OpportunityTypes", "pipeline_id"))),
            def("Steps", "Step", List.of(one("pipeline", "Pipelines"), one("lead_process", "LeadProcesses"),
                    one("quote_process", "QuoteProcesses"))),
            def("OpportunityTypes", "OpportunityType", List.of(one("pipeline", "Pipelines"))),
            new EntityDef("Currencies", "Currency", List.of(),
                    List.of(many("currency_exchange_rates", "CurrencyExchangeRates", "currency_id"))),
            new EntityDef("CurrencyExchangeRatesLists", "CurrencyExchangeRatesList", List.of(), List.of(
                    many("currency_exchange_rates", "CurrencyExchangeRates", "currency_exchange_rate_list_id"))),
            def("CurrencyExchangeRates", "CurrencyExchangeRate", List.of(
                    one("currency_exchange_rate_list", "CurrencyExchangeRatesLists"), one("currency", "Currencies"))),
            def("Accounts", "Account", List.of(one("account_type", "AccountTypes"), one("customer_type", "Data"),
                    one("industry", "Data"), one("owner", "Clients"), one("parent_account", "Accounts"),
                    one("parent_account_relation_type", "ParentAccountRelationTypes"), one("picture", "CloudObjects"),
                    one("unit", "SalesUnits"))),
            new EntityDef("Contacts", "Contact", List.of(one("contact_type", "ContactTypes"), one("owner", "Clients"),
                    one("picture", "CloudObjects"), one("unit", "SalesUnits"),
                    new ToOne("primary_account", "_primary_account_id", "Accounts")),
                    List.of(many("account_relations", "ContactAccountRelations", "contact_id"))),
            def("ContactAccountRelations", "ContactAccountRelation",
                    List.of(one("account", "Accounts"), one("contact", "Contacts"))),
            new EntityDef(OPPORTUNITIES, "Opportunity", List.of(one("active_quote", "Quotes"),
                    one("lead_source", "Data"), one("oppty_type", "OpportunityTypes"), one("owner", "Clients"),
                    one("product_currency", "Currencies"), one("product_price_list", "ProductPriceLists"),
                    one("reason_of_close", "Data"), one("step", "Steps"), one("unit", "SalesUnits"),
                    new ToOne("primary_account", "_primary_account_id", "Accounts"),
                    new ToOne("primary_contact", "_primary_contact_id", "Contacts")), List.of(
                    many("account_relations", "LeadOpptyAccountRelations", "lead_oppty_id"),
                    many("contact_relations", "LeadOpptyContactRelations", "lead_oppty_id"))),
            def("LeadOpptyAccountRelations", "LeadOpptyAccountRelation",
                    List.of(one("account", "Accounts"), new ToOne("oppty", "lead_oppty_id", OPPORTUNITIES))),
            def("LeadOpptyContactRelations", "LeadOpptyContactRelation",
                    List.of(one("contact", "Contacts"), new ToOne("oppty", "lead_oppty_id", OPPORTUNITIES))));

    private static final Map<String, EntityDef> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EntityDef::name, Function.identity()));

    private Entities() {
    }

    static List<EntityDef> all() {
        return ALL;
    }

    static Optional<EntityDef> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static EntityDef require(String name) {
        return named(name).orElseThrow(() -> ApiError.unknownType(name));
    }

    private static EntityDef def(String name, String displayName, List<ToOne> toOne) {
        return new EntityDef(name, displayName, toOne, List.of());
    }

    private static ToOne one(String field, String target) {
        return new ToOne(field, field + "_id", target);
    }

    private static ToMany many(String field, String target, String foreignKey) {
        return new ToMany(field, target, foreignKey, List.of());
    }
}
