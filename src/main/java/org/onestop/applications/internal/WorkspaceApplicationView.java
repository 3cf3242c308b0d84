package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.integrity.DataAccess;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.LocalizedText;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application page of the agency workspace, in the reader's language: who applied, for what,
 * where it stands against its due date, the answers under the standard's labels, the documents,
 * the timeline and a form per action the workflow opens to the reader. The page shows the
 * applicant's IIN and answers, so building it records a look in the applicant's personal-data
 * access log, as downloading a document does.
 */
@Component
class WorkspaceApplicationView {

    record Page(String reference, String service, String serviceCode, String state, String applicantIin,
            String submitted, String due, Long hoursLeft, boolean paused, boolean overdue, String decided,
            String assignee, boolean assignedToReader, List<Answer> answers, List<Document> documents,
            List<Step> timeline, List<ActionForm> actions, int revision) {
    }

    record Answer(String label, String value) {
    }

    record Document(String id, String name, String fileName, long size) {
    }

    record Step(String at, String actor, String action, String state, String comment, String ground) {
    }

    record ActionForm(String code, String name, boolean requiresComment, boolean requiresGround,
            List<Ground> grounds) {
    }

    record Ground(int number, String text) {
    }

    private final ApplicationStore store;
    private final ApplicationPolicy policy;
    private final ApplicationDocuments documents;
    private final Catalog catalog;
    private final Directory directory;
    private final PersonalDataAccessLog dataAccess;
    private final WorkspaceText text;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WorkspaceApplicationView(ApplicationStore store, ApplicationPolicy policy, ApplicationDocuments documents,
            Catalog catalog, Directory directory, PersonalDataAccessLog dataAccess, WorkspaceText text,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.documents = documents;
        this.catalog = catalog;
        this.directory = directory;
        this.dataAccess = dataAccess;
        this.text = text;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The page of an application the reader may see; recorded as a look at the applicant's data. */
    Page page(Application a, Actor reader, Locale locale) {
        Language language = WorkspaceText.language(locale);
        ServiceStandard standard = catalog.version(a.standardVersionId()).orElseThrow();
        Workflow workflow = catalog.workflow(a.workflow()).orElseThrow();
        Instant now = clock.instant();
        boolean paused = workflow.state(a.state()).clock() == Workflow.Clock.PAUSED;
        Long left = a.decidedAt() != null || paused ? null
                : Deadlines.workingHoursLeft(now, a.dueAt(), WorkingCalendar.kazakhstan());
        String assignee = a.assignee() == null ? null : directory.servant(new org.onestop.kernel.Iin(a.assignee()))
                .map(CivilServant::fullName).orElse(a.assignee());
        Page page = new Page(a.reference().formatted(), standard.name().in(language), standard.code(),
                workflow.state(a.state()).name().in(language), a.applicantIin().value(),
                text.dateTime(a.submittedAt(), locale), text.dateTime(a.dueAt(), locale), left, paused,
                a.decidedAt() == null && a.dueAt().isBefore(now), text.dateTime(a.decidedAt(), locale), assignee,
                reader.iin() != null && reader.iin().value().equals(a.assignee()), answers(standard, a.form(), language),
                documents.of(a, language).stream().map(d -> new Document(d.id().toString(), d.name(), d.fileName(),
                        d.size())).toList(),
                timeline(a, workflow, standard, language, locale), actions(a, workflow, standard, reader, language),
                a.revision());
        recordLook(a, reader);
        return page;
    }

    private void recordLook(Application a, Actor reader) {
        LocalizedText position = directory.servant(reader.iin()).map(CivilServant::position)
                .orElse(new LocalizedText("қызметкер", "сотрудник", "staff member"));
        transaction.executeWithoutResult(status -> dataAccess.record(new DataAccess(a.applicantIin(), reader,
                position, "application " + a.reference().formatted(), "application page: IIN, form, documents")));
    }

    private static List<Answer> answers(ServiceStandard standard, Map<String, String> form, Language language) {
        return standard.form().stream().filter(f -> form.containsKey(f.name())).map(f -> new Answer(
                f.label().in(language), f.options().stream().filter(o -> o.value().equals(form.get(f.name())))
                        .findFirst().map(o -> o.label().in(language)).orElse(form.get(f.name())))).toList();
    }

    private List<Step> timeline(Application a, Workflow workflow, ServiceStandard standard, Language language,
            Locale locale) {
        return store.timeline(a.id()).stream().map(e -> new Step(text.dateTime(e.at(), locale),
                e.actorName(), workflow.action(e.action()).map(x -> x.name().in(language))
                        .orElseGet(() -> text.messageOr("workspace.step." + e.action(), e.action(), locale)),
                e.toState() == null || !workflow.states().containsKey(e.toState()) ? ""
                        : workflow.state(e.toState()).name().in(language),
                e.comment(), e.ground() == null ? null : standard.refusalGrounds().stream()
                        .filter(g -> Objects.equals(g.number(), e.ground())).findFirst()
                        .map(g -> g.number() + ". " + g.text().in(language)).orElse(String.valueOf(e.ground()))))
                .toList();
    }

    private List<ActionForm> actions(Application a, Workflow workflow, ServiceStandard standard, Actor reader,
            Language language) {
        List<Ground> grounds = standard.refusalGrounds().stream()
                .map(g -> new Ground(g.number(), g.text().in(language))).toList();
        return workflow.allowed(a.state(), policy.workflowRoles(reader, a)).stream()
                .map(x -> new ActionForm(x.code(), x.name().in(language), x.requiresComment(), x.requiresGround(),
                        x.requiresGround() ? grounds : List.of()))
                .toList();
    }
}
