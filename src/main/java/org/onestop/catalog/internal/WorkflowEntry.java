package org.onestop.catalog.internal;

import java.util.List;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.LocalizedText;

/** A workflow as the register's workflows file writes it; {@link WorkflowRules} checks it. */
record WorkflowEntry(String code, LocalizedText name, String initial, List<StateEntry> states,
        List<ActionEntry> actions) {

    record StateEntry(String code, LocalizedText name, Workflow.Clock clock, Boolean terminal) {
    }

    record ActionEntry(String code, LocalizedText name, List<String> from, String to, List<String> roles,
            Boolean requiresComment, Boolean requiresGround) {
    }
}
