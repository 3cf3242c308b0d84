package org.onestop.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onestop.kernel.LocalizedText;

/**
 * How applications of a service move: states, what the deadline clock does in each, and the
 * actions between them with the roles that may take each. Written in data
 * ({@code reference/catalog/workflows.yml}) and checked at start-up: every state and role named
 * exists, every state that is not terminal has a way out, every state can be reached.
 *
 * <p>Roles are the staff roles of the directory ({@code OPERATOR}, {@code OFFICER},
 * {@code HEAD}), {@code APPLICANT} for the person who applied, and {@code SYSTEM} for steps
 * OneStop takes itself.
 */
public record Workflow(String code, LocalizedText name, String initial, Map<String, State> states,
        List<Action> actions) {

    /** Roles a workflow may name. */
    public static final Set<String> ROLES = Set.of("APPLICANT", "OPERATOR", "OFFICER", "HEAD", "SYSTEM");

    public Workflow {
        states = Map.copyOf(states);
        actions = List.copyOf(actions);
    }

    /** What the deadline clock does while an application is in a state. */
    public enum Clock { RUNS, PAUSED, STOPPED }

    public record State(String code, LocalizedText name, Clock clock, boolean terminal) {
    }

    /**
     * A step from one of {@code from} to {@code to}, open to {@code roles}; a refusal must cite a
     * ground of the standard ({@code requiresGround}), some steps need a comment.
     */
    public record Action(String code, LocalizedText name, Set<String> from, String to, Set<String> roles,
            boolean requiresComment, boolean requiresGround) {

        public Action {
            from = Set.copyOf(from);
            roles = Set.copyOf(roles);
        }
    }

    /** The actions someone acting in these roles may take in this state. */
    public List<Action> allowed(String state, Set<String> roles) {
        return actions.stream().filter(a -> a.from().contains(state))
                .filter(a -> a.roles().stream().anyMatch(roles::contains)).toList();
    }

    public Optional<Action> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public State state(String code) {
        State state = states.get(code);
        if (state == null) {
            throw new IllegalArgumentException("workflow " + this.code + " has no state " + code);
        }
        return state;
    }
}
