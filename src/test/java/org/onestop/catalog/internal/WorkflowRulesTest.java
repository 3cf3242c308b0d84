package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.LocalizedText;

class WorkflowRulesTest {

    private static final LocalizedText NAME = new LocalizedText("атауы", "название", "name");

    @Test
    void aSoundWorkflowSaysWhoMayDoWhatInEachState() {
        Workflow workflow = WorkflowRules.check(entry(states(), actions()));

        assertThat(workflow.allowed("SUBMITTED", Set.of("OFFICER"))).extracting(Workflow.Action::code)
                .containsExactly("approve", "refuse");
        assertThat(workflow.allowed("SUBMITTED", Set.of("APPLICANT"))).extracting(Workflow.Action::code)
                .containsExactly("withdraw");
        assertThat(workflow.allowed("DONE", Set.of("OFFICER", "HEAD", "APPLICANT"))).isEmpty();
        assertThat(workflow.state("WAITING").clock()).isEqualTo(Workflow.Clock.PAUSED);
        assertThat(workflow.action("refuse").orElseThrow().requiresGround()).isTrue();
    }

    @Test
    void anActionToAnUnknownStateIsRefused() {
        List<WorkflowEntry.ActionEntry> actions = actions();
        actions.add(action("lose", List.of("SUBMITTED"), "LIMBO", List.of("OFFICER")));

        assertThatThrownBy(() -> WorkflowRules.check(entry(states(), actions)))
                .hasMessage("workflow test: action lose leads to unknown state LIMBO");
    }

    @Test
    void anUnknownRoleIsRefused() {
        List<WorkflowEntry.ActionEntry> actions = actions();
        actions.add(action("bless", List.of("SUBMITTED"), "DONE", List.of("MINISTER")));

        assertThatThrownBy(() -> WorkflowRules.check(entry(states(), actions)))
                .hasMessage("workflow test: action bless names unknown role MINISTER");
    }

    @Test
    void aStateWithNoWayOutThatIsNotTerminalIsRefused() {
        List<WorkflowEntry.ActionEntry> actions = actions();
        actions.removeIf(a -> a.code().equals("resume") || a.code().equals("withdraw"));

        assertThatThrownBy(() -> WorkflowRules.check(entry(states(), actions)))
                .hasMessage("workflow test: state WAITING has no way out and is not terminal");
    }

    @Test
    void aStateThatCannotBeReachedIsRefused() {
        List<WorkflowEntry.StateEntry> states = states();
        states.add(new WorkflowEntry.StateEntry("ORPHAN", NAME, Workflow.Clock.STOPPED, true));

        assertThatThrownBy(() -> WorkflowRules.check(entry(states, actions())))
                .hasMessage("workflow test: states [ORPHAN] cannot be reached from SUBMITTED");
    }

    @Test
    void anActionOutOfATerminalStateIsRefused() {
        List<WorkflowEntry.ActionEntry> actions = actions();
        actions.add(action("reopen", List.of("DONE"), "SUBMITTED", List.of("HEAD")));

        assertThatThrownBy(() -> WorkflowRules.check(entry(states(), actions)))
                .hasMessage("workflow test: action reopen leaves terminal state DONE");
    }

    private static WorkflowEntry entry(List<WorkflowEntry.StateEntry> states, List<WorkflowEntry.ActionEntry> actions) {
        return new WorkflowEntry("test", NAME, "SUBMITTED", states, actions);
    }

    private static List<WorkflowEntry.StateEntry> states() {
        return new ArrayList<>(List.of(
                new WorkflowEntry.StateEntry("SUBMITTED", NAME, Workflow.Clock.RUNS, false),
                new WorkflowEntry.StateEntry("WAITING", NAME, Workflow.Clock.PAUSED, false),
                new WorkflowEntry.StateEntry("DONE", NAME, Workflow.Clock.STOPPED, true)));
    }

    private static List<WorkflowEntry.ActionEntry> actions() {
        List<WorkflowEntry.ActionEntry> actions = new ArrayList<>();
        actions.add(action("approve", List.of("SUBMITTED"), "DONE", List.of("OFFICER", "HEAD")));
        actions.add(new WorkflowEntry.ActionEntry("refuse", NAME, List.of("SUBMITTED"), "DONE",
                List.of("OFFICER", "HEAD"), true, true));
        actions.add(action("ask", List.of("SUBMITTED"), "WAITING", List.of("HEAD")));
        actions.add(action("resume", List.of("WAITING"), "SUBMITTED", List.of("APPLICANT")));
        actions.add(action("withdraw", List.of("SUBMITTED", "WAITING"), "DONE", List.of("APPLICANT")));
        return actions;
    }

    private static WorkflowEntry.ActionEntry action(String code, List<String> from, String to, List<String> roles) {
        return new WorkflowEntry.ActionEntry(code, NAME, from, to, roles, false, false);
    }
}
