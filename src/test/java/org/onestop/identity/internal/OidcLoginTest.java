package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class OidcLoginTest {

    @Autowired
    OidcLogin oidc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstLoginOfAnIinVouchedForByTheProviderMakesAnActiveCitizenAccount() {
        String iin = TestAccounts.newIin().value();

        Actor actor = oidc.actorFor(iin).orElseThrow();

        assertThat(actor.roles()).containsExactly("CITIZEN");
        assertThat(actor.iin().value()).isEqualTo(iin);
        assertThat(oidc.actorFor(iin).orElseThrow().id()).isEqualTo(actor.id());
        assertThat(jdbc.sql("SELECT actor_name FROM integrity_audit_entry WHERE object_id = :id"
                + " AND action = 'account.created'").param("id", actor.id()).query(String.class).list())
                .containsExactly("oidc-login");
    }

    @Test
    void aCivilServantOfTheDirectoryLogsInAsStaffInTheirRoles() {
        Actor actor = oidc.actorFor("961102395706").orElseThrow();

        assertThat(actor.kind()).isEqualTo(Actor.Kind.STAFF);
        assertThat(actor.roles()).containsExactly("OPERATOR");
        assertThat(actor.bodyCode()).isEqualTo("GFC-KZ-71");
    }

    @Test
    void aMissingOrInvalidIinClaimLetsNobodyIn() {
        assertThat(oidc.actorFor(null)).isEmpty();
        assertThat(oidc.actorFor("791028302725")).isEmpty();
    }
}
