package org.onestop.kernel;

import java.util.Set;

/**
 * Who does something on OneStop: a person (citizen or business representative), a member of
 * staff acting in their roles at their body or centre, an agency system holding an API token of
 * one body, or OneStop itself. The identity module makes one for every authenticated request;
 * the audit journal records it with every change.
 *
 * @param kind what sort of actor this is
 * @param id a stable identifier: the account id, the API token id, or {@code system:<component>}
 * @param username the name the actor logs in with (or the token's name, or the component)
 * @param roles role names, such as {@code CITIZEN}, {@code OFFICER}, {@code HEAD}, {@code AUDITOR}
 * @param iin the person's IIN, for persons and staff; {@code null} for agencies and OneStop
 * @param bodyCode the state body staff and agency systems belong to; {@code null} otherwise
 * @param centreCode the service centre of an operator; {@code null} otherwise
 */
public record Actor(Kind kind, String id, String username, Set<String> roles, Iin iin, String bodyCode,
        String centreCode) implements java.io.Serializable {

    public enum Kind { PERSON, STAFF, AGENCY, SYSTEM }

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** OneStop itself, acting through one of its components (a loader, a scheduled job). */
    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, "system:" + component, component, Set.of("SYSTEM"), null, null, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The roles as one string, sorted: {@code HEAD,OFFICER}. */
    public String roleList() {
        return String.join(",", new java.util.TreeSet<>(roles));
    }
}
