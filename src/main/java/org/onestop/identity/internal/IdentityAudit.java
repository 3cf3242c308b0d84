package org.onestop.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identity's entries in the audit journal. Each change and its entry go in one transaction:
 * either both are stored or neither. Passwords, codes and tokens never appear; phone numbers and
 * email addresses appear masked.
 */
@Component
class IdentityAudit {

    private final AuditJournal journal;
    private final TransactionTemplate transaction;

    IdentityAudit(AuditJournal journal, TransactionTemplate transaction) {
        this.journal = journal;
        this.transaction = transaction;
    }

    Tokens.Issued tokenIssued(Actor actor, String body, String name, Supplier<Tokens.Issued> issue) {
        return transaction.execute(status -> {
            Tokens.Issued issued = issue.get();
            journal.append(new AuditRecord(actor, "api-token", issued.id().toString(), "api-token.issued", null,
                    Map.of("body", body, "name", name, "expiresAt", issued.expiresAt().toString())));
            return issued;
        });
    }

    void tokenRevoked(Actor actor, Tokens.AgencyToken token, Supplier<Boolean> revoke) {
        transaction.executeWithoutResult(status -> {
            if (revoke.get()) {
                journal.append(new AuditRecord(actor, "api-token", token.id().toString(), "api-token.revoked",
                        Map.of("body", token.bodyCode(), "name", token.name(), "revoked", false),
                        Map.of("body", token.bodyCode(), "name", token.name(), "revoked", true)));
            }
        });
    }

    /** A person or member of staff logged in and got an access token. */
    Tokens.Issued loggedIn(Actor actor, Supplier<Tokens.Issued> issue) {
        return transaction.execute(status -> {
            Tokens.Issued issued = issue.get();
            journal.append(new AuditRecord(actor, "account", actor.id(), "account.logged-in", null,
                    Map.of("accessToken", issued.id().toString(), "expiresAt", issued.expiresAt().toString())));
            return issued;
        });
    }

    /** The actor logged out of the API: the token they presented is revoked. */
    void loggedOut(Actor actor, Supplier<java.util.Optional<java.util.UUID>> revoke) {
        transaction.executeWithoutResult(status -> revoke.get().ifPresent(id ->
                journal.append(new AuditRecord(actor, "account", actor.id(), "account.logged-out", null,
                        Map.of("accessToken", id.toString())))));
    }

    /** A person or member of staff logged in to a browser session. */
    void sessionStarted(Actor actor) {
        transaction.executeWithoutResult(status -> journal.append(new AuditRecord(actor, "account", actor.id(),
                "account.session-started", null, Map.of("channel", "browser"))));
    }

    /** A browser session was ended by logging out. */
    void sessionEnded(Actor actor) {
        transaction.executeWithoutResult(status -> journal.append(new AuditRecord(actor, "account", actor.id(),
                "account.session-ended", null, Map.of("channel", "browser"))));
    }

    /** In the caller's transaction. */
    void accountCreated(Actor actor, Account account) {
        journal.append(new AuditRecord(actor, "account", account.id().toString(), "account.created", null,
                view(account)));
    }

    /** In the caller's transaction. */
    void accountChanged(Actor actor, String action, Account before, Account after) {
        journal.append(new AuditRecord(actor, "account", after.id().toString(), action, view(before), view(after)));
    }

    void demoAccountCreated(Account account) {
        accountCreated(Actor.system("demo-accounts"), account);
    }

    private static Map<String, Object> view(Account account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", account.username());
        view.put("kind", account.kind().name());
        view.put("iin", account.iin() == null ? null : account.iin().value());
        view.put("status", account.status().name());
        view.put("phone", mask(account.phone()));
        view.put("email", mask(account.email()));
        view.put("language", account.language().tag());
        return view;
    }

    private static String mask(String contact) {
        if (contact == null || contact.length() < 5) {
            return contact;
        }
        return contact.substring(0, 3) + "*".repeat(contact.length() - 5) + contact.substring(contact.length() - 2);
    }
}
