package org.onestop.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches of the journal. Each test appends with actors, an object type, object ids and an
 * action of its own, so that it finds exactly its own entries in the shared journal.
 */
@DatabaseTest
class AuditJournalFindTest {

    @Autowired
    AuditJournal journal;

    @Autowired
    TransactionTemplate transaction;

    private final Actor officer = AuditFixtures.officer();
    private final Actor head = AuditFixtures.officer();
    private final String type = AuditFixtures.unique("find");
    private final String a = AuditFixtures.unique("A");
    private final String b = AuditFixtures.unique("B") + ":1";
    private final String created = AuditFixtures.unique("created");
    private final List<AuditEntry> appended = new ArrayList<>();

    @BeforeEach
    void appendFiveEntriesAboutTwoObjects() {
        append(officer, a, created);
        append(officer, a, "changed");
        append(head, b, created);
        append(head, a, "approved");
        append(officer, b, "changed");
    }

    @Test
    void findsByActor() {
        assertThat(journal.find(new AuditQuery(head.id(), null, null, null, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.actorId().equals(head.id())));
    }

    @Test
    void findsByObjectTypeAndByObject() {
        assertThat(journal.find(new AuditQuery(null, type, null, null, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> true));
        assertThat(journal.find(new AuditQuery(null, type, a, null, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.objectId().equals(a)));
        assertThat(journal.find(new AuditQuery(null, type, b, null, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.objectId().equals(b)));
    }

    @Test
    void findsByObjectIdAlone() {
        assertThat(journal.find(new AuditQuery(null, null, b, null, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.objectId().equals(b)));
    }

    @Test
    void findsByAction() {
        assertThat(journal.find(new AuditQuery(null, null, null, created, null, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.action().equals(created)));
    }

    @Test
    void findsFromATimeUpToButNotIncludingAnother() {
        Instant from = appended.get(1).at();
        Instant to = appended.get(3).at();

        assertThat(journal.find(new AuditQuery(null, type, null, null, from, to, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> !e.at().isBefore(from) && e.at().isBefore(to)))
                .contains(appended.get(1))
                .doesNotContain(appended.get(0), appended.get(3));
        assertThat(journal.find(new AuditQuery(null, type, null, null, from, null, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> !e.at().isBefore(from)));
        assertThat(journal.find(new AuditQuery(null, type, null, null, null, to, 0, 100)))
                .containsExactlyElementsOf(newestFirst(e -> e.at().isBefore(to)));
    }

    @Test
    void combinesFilters() {
        assertThat(journal.find(new AuditQuery(officer.id(), type, a, "changed", null, null, 0, 100)))
                .containsExactly(appended.get(1));
    }

    @Test
    void givesOnePageAtATimeNewestFirst() {
        List<AuditEntry> all = newestFirst(e -> true);

        assertThat(journal.find(new AuditQuery(null, type, null, null, null, null, 0, 2)))
                .containsExactlyElementsOf(all.subList(0, 2));
        assertThat(journal.find(new AuditQuery(null, type, null, null, null, null, 1, 2)))
                .containsExactlyElementsOf(all.subList(2, 4));
        assertThat(journal.find(new AuditQuery(null, type, null, null, null, null, 2, 2))).containsExactly(all.get(4));
        assertThat(journal.find(new AuditQuery(null, type, null, null, null, null, 3, 2))).isEmpty();
    }

    @Test
    void blankFiltersMeanAny() {
        assertThat(new AuditQuery(" ", type, "", null, null, null, 0, 10))
                .isEqualTo(new AuditQuery(null, type, null, null, null, null, 0, 10));
    }

    @Test
    void aPageOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, -1, 10))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("integrity.page.invalid"));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, 0, 0))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, 0, 501))
                .isInstanceOf(DomainException.class);
    }

    private List<AuditEntry> newestFirst(Predicate<AuditEntry> filter) {
        return appended.stream().filter(filter).toList().reversed();
    }

    private void append(Actor actor, String objectId, String action) {
        appended.add(transaction.execute(status -> journal.append(new AuditRecord(actor, type, objectId, action,
                null, null))));
    }
}
