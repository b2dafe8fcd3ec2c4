package newdeal;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.Opportunity;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/** DESIGN.md's room table, as the build enforces it: each arrow points one way. */
@AnalyzeClasses(packages = "newdeal",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    /** The Pipeliner records deal hands to the Slack side (Catalog, Directory, DealOutcome.Created). */
    private static final Class<?>[] PASSED_THROUGH_DEAL = {Account.class, AccountContact.class, Contact.class,
        Currency.class, Opportunity.class, OpportunityType.class, Pipeline.class, PipelinerUser.class, Step.class};
    private static final String[] FRAMEWORKS = {"com.slack..", "io.javalin..", "okhttp3.."};
    private static final String ROOT = "newdeal";

    @ArchTest
    static final ArchRule deal_knows_no_framework = noClasses().that().resideInAPackage("newdeal.deal..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat().resideInAnyPackage("newdeal.slack..", "newdeal.web..",
                    "newdeal.sandbox..", "newdeal.playground..", ROOT)
            .because("deal is plain Java: Pipeliner's client below it (Lettuce for a shared store), nothing above");

    @ArchTest
    static final ArchRule pipeliner_knows_nothing_above_it = noClasses().that().resideInAPackage("newdeal.pipeliner..")
            .should().dependOnClassesThat().resideInAnyPackage("newdeal.deal..", "newdeal.slack..", "newdeal.web..",
                    "newdeal.sandbox..", "newdeal.playground..", ROOT, "com.slack..", "io.javalin..")
            .because("the Pipeliner client is OkHttp and Jackson only");

    @ArchTest
    static final ArchRule sandbox_shares_nothing_with_the_client = noClasses().that()
            .resideInAPackage("newdeal.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("newdeal.pipeliner..", "newdeal.deal..",
                    "newdeal.slack..", "newdeal.web..", "newdeal.playground..", ROOT)
            .because("the sandbox imitates Pipeliner from its spec: a misunderstanding must not hide by being shared");

    @ArchTest
    static final ArchRule the_client_shares_nothing_with_the_sandbox = noClasses().that()
            .resideInAPackage("newdeal.pipeliner..")
            .should().dependOnClassesThat().resideInAPackage("newdeal.sandbox..")
            .because("the sandbox imitates Pipeliner from its spec: a misunderstanding must not hide by being shared");

    @ArchTest
    static final ArchRule slack_reaches_pipeliner_only_through_the_records_deal_passes = noClasses().that()
            .resideInAPackage("newdeal.slack..")
            .should().dependOnClassesThat(resideInAPackage("newdeal.pipeliner..")
                    .and(not(belongToAnyOf(PASSED_THROUGH_DEAL))))
            .orShould().dependOnClassesThat().resideInAnyPackage("newdeal.web..", "newdeal.sandbox..",
                    "newdeal.playground..", ROOT)
            .because("slack talks to deal; Pipeliner's exceptions and client stay behind it");

    @ArchTest
    static final ArchRule the_modal_room_does_no_io = noClasses().that().resideInAPackage("newdeal.slack.modal..")
            .should().dependOnClassesThat(resideInAPackage("com.slack.api..")
                    .and(not(resideInAPackage("com.slack.api.model.."))))
            .orShould().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net..", "java.nio.file..",
                    "java.nio.channels..", "io.javalin..")
            .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class,
                    FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class,
                    Executor.class, ExecutorService.class, ScheduledExecutorService.class, Executors.class,
                    CompletableFuture.class, ForkJoinPool.class, Thread.class)
            .orShould().dependOnClassesThat(resideInAPackage("newdeal.deal..").and(not(dealData())))
            .orShould().dependOnClassesThat().resideInAPackage("newdeal.slack")
            .orShould().callMethodWhere(readsTheClock())
            .because("slack.modal is the pure room: data in, views and values out; the listeners do the I/O");

    @ArchTest
    static final ArchRule web_uses_slack_and_deal_but_not_pipeliner = noClasses().that()
            .resideInAPackage("newdeal.web..")
            .should().dependOnClassesThat().resideInAnyPackage("newdeal.pipeliner..", "newdeal.sandbox..",
                    "newdeal.playground..", ROOT)
            .because("the web server hosts Bolt and health; Pipeliner is deal's business");

    @ArchTest
    static final ArchRule the_playground_reaches_the_app_only_over_http = noClasses().that()
            .resideInAPackage("newdeal.playground..")
            .should().dependOnClassesThat().resideInAnyPackage("newdeal.slack..", "newdeal.deal..",
                    "newdeal.pipeliner..")
            .because("the playground stands in for Slack, which knows the app only by its HTTP contract")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_main_and_config_read_the_environment = noClasses().that()
            .doNotBelongToAnyOf(Main.class, Config.class)
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("configuration is read in one place and reported at once");

    @ArchTest
    static final ArchRule the_rooms_form_no_cycle = slices().matching("newdeal.(*)..").should().beFreeOfCycles();

    /**
     * What of deal the pure room may hold: records, enums and the sealed outcome, and TypedText (how a message quotes
     * what was typed, a pure function the deal rules share), never a service.
     */
    private static DescribedPredicate<JavaClass> dealData() {
        return describe("deal's records, enums, outcomes and TypedText", c -> c.isRecord() || c.isEnum()
                || c.isInterface() || c.getName().equals("newdeal.deal.TypedText"));
    }

    private static DescribedPredicate<JavaMethodCall> readsTheClock() {
        Set<String> clocks = Set.of("java.time.Clock", "java.time.Instant", "java.time.LocalDate",
                "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime",
                "java.time.ZonedDateTime");
        return describe("read the clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return clocks.contains(owner) && (name.equals("now") || name.startsWith("system"))
                    || owner.equals("java.lang.System")
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        });
    }
}
