package org.onestop.catalog.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.LocalizedText;

/**
 * What makes a workflow sound: states and actions with codes of their own and names in three
 * languages, an initial state, actions between existing states open to known roles, a way out of
 * every state that is not terminal and none out of a terminal one, and every state reachable.
 * A broken rule is an {@link IllegalArgumentException} whose message says which.
 */
final class WorkflowRules {

    private WorkflowRules() {
    }

    static Workflow check(WorkflowEntry w) {
        require(w.code() != null, "a workflow needs a code");
        String where = "workflow " + w.code();
        complete(w.name(), where + " name");
        Map<String, Workflow.State> states = new LinkedHashMap<>();
        for (var s : list(w.states(), where + " needs states")) {
            require(s.code() != null && !states.containsKey(s.code()), where + ": every state needs a code of its own");
            require(s.clock() != null, where + ": state " + s.code() + " needs a clock (RUNS, PAUSED or STOPPED)");
            complete(s.name(), where + ": state " + s.code() + " name");
            states.put(s.code(), new Workflow.State(s.code(), s.name(), s.clock(), Boolean.TRUE.equals(s.terminal())));
        }
        require(w.initial() != null && states.containsKey(w.initial()), where + ": the initial state "
                + w.initial() + " is not one of its states");
        List<Workflow.Action> actions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (var a : list(w.actions(), where + " needs actions")) {
            require(a.code() != null && codes.add(a.code()), where + ": every action needs a code of its own");
            String action = where + ": action " + a.code();
            complete(a.name(), action + " name");
            for (String from : list(a.from(), action + " needs the states it starts from")) {
                require(states.containsKey(from), action + " starts from unknown state " + from);
                require(!states.get(from).terminal(), action + " leaves terminal state " + from);
            }
            require(a.to() != null && states.containsKey(a.to()), action + " leads to unknown state " + a.to());
            for (String role : list(a.roles(), action + " needs the roles that may take it")) {
                require(Workflow.ROLES.contains(role), action + " names unknown role " + role);
            }
            actions.add(new Workflow.Action(a.code(), a.name(), Set.copyOf(a.from()), a.to(), Set.copyOf(a.roles()),
                    Boolean.TRUE.equals(a.requiresComment()), Boolean.TRUE.equals(a.requiresGround())));
        }
        for (Workflow.State state : states.values()) {
            require(state.terminal() || actions.stream().anyMatch(a -> a.from().contains(state.code())),
                    where + ": state " + state.code() + " has no way out and is not terminal");
        }
        Set<String> unreachable = new HashSet<>(states.keySet());
        unreachable.removeAll(reachable(w.initial(), actions));
        require(unreachable.isEmpty(), where + ": states " + unreachable + " cannot be reached from " + w.initial());
        return new Workflow(w.code(), w.name(), w.initial(), states, actions);
    }

    private static Set<String> reachable(String initial, List<Workflow.Action> actions) {
        Set<String> seen = new HashSet<>(Set.of(initial));
        Deque<String> next = new ArrayDeque<>(seen);
        while (!next.isEmpty()) {
            String state = next.pop();
            for (Workflow.Action action : actions) {
                if (action.from().contains(state) && seen.add(action.to())) {
                    next.push(action.to());
                }
            }
        }
        return seen;
    }

    private static <T> List<T> list(List<T> list, String problem) {
        require(list != null && !list.isEmpty(), problem);
        return list;
    }

    private static void complete(LocalizedText text, String what) {
        require(text != null && text.isComplete(), what + " needs all of kk, ru and en");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
