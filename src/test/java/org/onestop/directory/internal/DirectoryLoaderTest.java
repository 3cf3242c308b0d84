package org.onestop.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.DatabaseTest;
import org.onestop.directory.Directory;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class DirectoryLoaderTest {

    private static final String CENTRES = "classpath:reference/directory/centres.yml";

    @Autowired
    DirectoryLoader loader;

    @Autowired
    DirectoryProperties properties;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void restoreTheShippedFiles() {
        loader.load(properties.files());
    }

    @Test
    void aSecondLoadOfTheSameFilesChangesNoRow() {
        String before = lastUpdate();

        Map<String, DirectoryTable.Changes> changes = loader.load(properties.files());

        assertThat(changes.values()).allMatch(DirectoryTable.Changes::none);
        assertThat(changes).containsOnlyKeys("regions", "bodies", "centres", "servants");
        assertThat(lastUpdate()).isEqualTo(before);
    }

    @Test
    void anEditedFileChangesExactlyWhatWasEdited() throws IOException {
        String shipped = new ClassPathResource("reference/directory/centres.yml").getContentAsString(StandardCharsets.UTF_8);
        String edited = withoutCentre(shipped, "PSC-79-02")
                .replaceFirst("closes: \"20:00\"", "closes: \"21:00\"")
                + """
                  - code: PSC-71-03
                    region: KZ-71
                    name: {kk: "Астана, Сарайшық ХҚКО", ru: "ЦОН Сарайшык", en: "Saraishyk Public Service Centre"}
                    address: {kk: "Сарайшық к., 5", ru: "ул. Сарайшык, 5", en: "5 Saraishyk St"}
                    hours: [{days: [MON, TUE, WED, THU, FRI], opens: "09:00", closes: "18:00"}]
                """;

        Map<String, DirectoryTable.Changes> changes = loader.load(withCentres(edited));

        assertThat(changes.get("centres")).isEqualTo(new DirectoryTable.Changes(1, 1, 1));
        assertThat(changes.get("regions").none()).isTrue();
        assertThat(changes.get("bodies").none()).isTrue();
        assertThat(changes.get("servants").none()).isTrue();
        assertThat(directory.centre("PSC-71-01").orElseThrow().hours().getFirst().closes())
                .isEqualTo(LocalTime.of(21, 0));
        assertThat(directory.centre("PSC-79-02")).isEmpty();
        assertThat(directory.centres("KZ-71")).extracting(c -> c.code()).contains("PSC-71-03");

        Map<String, DirectoryTable.Changes> restored = loader.load(properties.files());

        assertThat(restored.get("centres")).isEqualTo(new DirectoryTable.Changes(0, 2, 1));
        assertThat(directory.centre("PSC-79-02")).isPresent();
    }

    @Test
    void aWrongFileIsRefusedWholeAndChangesNothing() throws IOException {
        String before = lastUpdate();
        String shipped = new ClassPathResource("reference/directory/centres.yml").getContentAsString(StandardCharsets.UTF_8);
        String broken = shipped.replaceFirst("closes: \"20:00\"", "closes: \"21:00\"")
                .replace("region: KZ-63", "region: KZ-64");

        assertThatThrownBy(() -> loader.load(withCentres(broken)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageEndingWith("centres.yml: centre PSC-63-01 names unknown region KZ-64");
        assertThat(lastUpdate()).isEqualTo(before);
        assertThat(directory.centre("PSC-71-01").orElseThrow().hours().getFirst().closes())
                .isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void everyKindOfMistakeInAFileIsNamed() throws IOException {
        assertRefused("regions: [{code: KZ-71, kind: CITY, name: {kk: A, ru: B}, seat: {kk: A, ru: B, en: C}}]",
                "region KZ-71 name lacks a translation (kk, ru and en are all required)");
        assertRefused("""
                regions:
                  - {code: KZ-71, kind: CITY, name: {kk: A, ru: B, en: C}, seat: {kk: A, ru: B, en: C}}
                  - {code: KZ-71, kind: CITY, name: {kk: A, ru: B, en: C}, seat: {kk: A, ru: B, en: C}}
                """, "region KZ-71 appears twice");
        assertRefused("bodies: [{code: X, kind: COMMITTEE, level: CENTRAL, parent: Y, name: {kk: A, ru: B, en: C}}]",
                "body X names unknown parent Y");
        assertRefused("""
                bodies:
                  - {code: X, kind: COMMITTEE, level: CENTRAL, parent: Y, name: {kk: A, ru: B, en: C}}
                  - {code: Y, kind: COMMITTEE, level: CENTRAL, parent: X, name: {kk: A, ru: B, en: C}}
                """, "is its own ancestor");
        assertRefused("regions: [{code: KZ-71, kind: TOWN, name: {kk: A, ru: B, en: C}, seat: {kk: A, ru: B, en: C}}]",
                "line 1: ");
        assertRefused("regoins: []", "line 1: ");
        assertRefused("""
                bodies: [{code: B, kind: MINISTRY, level: CENTRAL, name: {kk: A, ru: B, en: C}}]
                servants:
                  - {iin: "791028302725", lastName: A, firstName: B, body: B, position: {kk: A, ru: B, en: C}, roles: [OFFICER]}
                """, "servant IIN 791028302725 is not valid: check digit should be 8, not 5");
        assertRefused("""
                bodies: [{code: B, kind: MINISTRY, level: CENTRAL, name: {kk: A, ru: B, en: C}}]
                servants:
                  - {iin: "791028302728", lastName: A, firstName: B, body: B, position: {kk: A, ru: B, en: C}, roles: [OPERATOR]}
                """, "servant 791028302728 is an operator but names no centre");
    }

    private void assertRefused(String yaml, String problem) throws IOException {
        Path file = Files.writeString(folder.resolve("wrong-" + System.nanoTime() + ".yml"), yaml);
        assertThatThrownBy(() -> loader.load(List.of("file:" + file)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("file:" + file + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private List<String> withCentres(String centres) throws IOException {
        Path file = Files.writeString(folder.resolve("centres.yml"), centres);
        List<String> files = new ArrayList<>(properties.files());
        files.set(files.indexOf(CENTRES), "file:" + file);
        return files;
    }

    private static String withoutCentre(String yaml, String code) {
        int start = yaml.indexOf("  - code: " + code);
        int end = yaml.indexOf("\n  - code: ", start + 1);
        return yaml.substring(0, start) + yaml.substring(end + 1);
    }

    private String lastUpdate() {
        return jdbc.sql("""
                SELECT CAST(MAX(updated_at) AS VARCHAR(40)) FROM (
                    SELECT updated_at FROM directory_region UNION ALL SELECT updated_at FROM directory_state_body
                    UNION ALL SELECT updated_at FROM directory_service_centre
                    UNION ALL SELECT updated_at FROM directory_civil_servant) t
                """).query(String.class).single();
    }
}
