package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.DatabaseTest;
import org.onestop.catalog.Catalog;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class CatalogLoaderTest {

    @Autowired
    CatalogLoader loader;

    @Autowired
    CatalogProperties properties;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void restoreTheShippedRegister() {
        load(properties.services());
    }

    @Test
    void aSecondLoadOfTheSameFilesPublishesNothing() {
        assertThat(load(properties.services())).isZero();
    }

    @Test
    void aNewEntryBecomesAVersionAndAnEditedOneANewerVersion() throws IOException {
        TestStandards standard = TestStandards.valid("99000001");
        assertThat(load(with(file("first.yml", standard.entry())))).isEqualTo(1);
        assertThat(load(with(file("first.yml", standard.entry())))).isZero();

        standard.deadline = new StandardEntry.DeadlineEntry(7, null);
        assertThat(load(with(file("first.yml", standard.entry())))).isEqualTo(1);

        assertThat(catalog.versions("99000001")).extracting(s -> s.deadline().amount()).containsExactly(5, 7);
        assertThat(catalog.current("99000001").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aBrokenEntryStopsTheLoadWithFileLineAndReasonAndStoresNothing() throws IOException {
        int before = versions();
        TestStandards good = TestStandards.valid("99000011");
        TestStandards unknownBody = TestStandards.valid("99000012");
        unknownBody.provider = new StandardEntry.ProviderEntry(
                org.onestop.catalog.ServiceStandard.Provider.Kind.CENTRAL, "MINISTRY-OF-MAGIC");
        Path broken = file("broken.yml", good.entry(), unknownBody.entry());

        assertThatThrownBy(() -> load(with(broken)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("file:" + broken + ": line 4 (service 99000012): there is no state body 'MINISTRY-OF-MAGIC'");
        assertThat(versions()).isEqualTo(before);
        assertThat(catalog.current("99000011")).isEmpty();
    }

    @Test
    void everyRuleOfTheFilesIsEnforced() throws IOException {
        TestStandards noDeadline = TestStandards.valid("99000021");
        noDeadline.deadline = new StandardEntry.DeadlineEntry(0, null);
        TestStandards noTranslation = TestStandards.valid("99000022");
        noTranslation.name = new org.onestop.kernel.LocalizedText("Атауы", "Название", null);
        TestStandards noWorkflow = TestStandards.valid("99000023");
        noWorkflow.workflow = "express";
        TestStandards twice = TestStandards.valid("99000024");

        assertRefused(file("a.yml", noDeadline.entry()), "more than 0");
        assertRefused(file("b.yml", noTranslation.entry()), "name needs all of kk, ru and en");
        assertRefused(file("c.yml", noWorkflow.entry()), "there is no workflow 'express'");
        assertRefused(file("d.yml", twice.entry(), twice.entry()),
                "service 99000024 has a second version effective from 2024-01-01");
        Path unknownKey = Files.writeString(folder.resolve("e.yml"), "version: x\nservicez: []\n");
        assertRefused(unknownKey, "line 2: unknown key 'servicez'");
    }

    @Test
    void theShippedWorkflowsAreLoadedAndABrokenWorkflowFileStopsTheLoad() throws IOException {
        assertThat(catalog.workflow("default").orElseThrow().allowed("IN_PROCESSING", java.util.Set.of("OFFICER")))
                .extracting(org.onestop.catalog.Workflow.Action::code)
                .containsExactlyInAnyOrder("request-information", "approve", "refuse");
        assertThat(catalog.workflow("licence")).isPresent();
        Path broken = Files.writeString(folder.resolve("workflows.yml"), """
                version: x
                workflows:
                  - code: default
                    name: {kk: а, ru: б, en: c}
                    initial: START
                    states: [{code: START, clock: RUNS, name: {kk: а, ru: б, en: c}}]
                    actions: [{code: go, from: [START], to: NOWHERE, roles: [OFFICER], name: {kk: а, ru: б, en: c}}]
                """);
        int before = versions();

        assertThatThrownBy(() -> loader.load(properties.services(), properties.lifeEvents(), "file:" + broken))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("file:" + broken + ": line 3: workflow default: action go leads to unknown state NOWHERE");
        assertThat(versions()).isEqualTo(before);
        assertThat(catalog.workflow("default").orElseThrow().states()).containsKey("IN_PROCESSING");
    }

    private void assertRefused(Path file, String reason) {
        int before = versions();
        assertThatThrownBy(() -> load(with(file))).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(reason).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(versions()).isEqualTo(before);
    }

    private int load(List<String> services) {
        return loader.load(services, properties.lifeEvents(), properties.workflows());
    }

    private List<String> with(Path file) {
        List<String> files = new ArrayList<>(properties.services());
        files.add("file:" + file);
        return files;
    }

    private Path file(String name, StandardEntry... entries) throws IOException {
        StringBuilder yaml = new StringBuilder("version: test\nservices:\n");
        for (StandardEntry entry : entries) {
            yaml.append("  - ").append(CatalogJson.write(entry)).append('\n');
        }
        return Files.writeString(folder.resolve(name), yaml.toString());
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_service_version").query(Integer.class).single();
    }
}
