package org.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.kernel.web.StartupFailureAnalyzer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start-up with bad configuration stops with one line that says what to fix. */
class StartupFailureTest {

    /** A key for the starts that fail for another reason; without one, none would get that far. */
    static final String MASTER_KEY = "ML1qELfgB4/zBVqDvIA4uHuIFeY+DUP+/+MMT+Y/kjE=";

    private static final String H2 = "jdbc:h2:mem:startup-%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @TempDir
    Path files;

    @Test
    void anUnknownDefaultLanguageNamesTheLanguagesThatExist() {
        FailureAnalysis analysis = startWith("onestop.web.default-language=uz");

        assertThat(analysis.getDescription()).isEqualTo("Configuration property onestop.web.default-language "
                + "has an invalid value 'uz': it must be one of kk, ru, en").doesNotContain("\n");
    }

    @Test
    void aCentreInAnUnknownRegionNamesTheFileAndTheCentre() throws IOException {
        Path centres = files.resolve("centres.yml");
        Files.writeString(centres, """
                centres:
                  - code: PSC-99-01
                    region: KZ-99
                    name: {kk: "ХҚКО", ru: "ЦОН", en: "PSC"}
                    address: {kk: "көше", ru: "улица", en: "street"}
                    hours: [{days: [MON], opens: "09:00", closes: "18:00"}]
                """);

        FailureAnalysis analysis = startWith("onestop.directory.files[0]=classpath:reference/directory/regions.yml",
                "onestop.directory.files[1]=file:" + centres);

        assertThat(analysis.getDescription()).isEqualTo("Reference data file is wrong: file:" + centres
                + ": centre PSC-99-01 names unknown region KZ-99");
    }

    @Test
    void anUnreachableDatabaseIsSaidInOneLine() {
        FailureAnalysis analysis = startWith("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/onestop",
                "spring.datasource.username=nobody");

        assertThat(analysis.getDescription()).startsWith("Cannot connect to the database: ").doesNotContain("\n");
    }

    @Test
    void aMissingMasterKeySaysHowToMakeOne() {
        FailureAnalysis analysis = startWith("onestop.documents.master-key=");

        assertThat(analysis.getDescription()).startsWith("Configuration property onestop.documents.master-key is "
                + "missing: set ONESTOP_DOCUMENTS_MASTER_KEY to 32 random bytes in base64").doesNotContain("\n");
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefused() {
        FailureAnalysis analysis = startWith("onestop.documents.master-key=c2hvcnQ=");

        assertThat(analysis.getDescription()).isEqualTo("Configuration property onestop.documents.master-key must be "
                + "32 bytes in base64, not 5");
    }

    private FailureAnalysis startWith(String... properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=off"));
        if (Arrays.stream(properties).noneMatch(p -> p.startsWith("onestop.documents.master-key="))) {
            arguments.add("--onestop.documents.master-key=" + MASTER_KEY);
        }
        if (Arrays.stream(properties).noneMatch(p -> p.startsWith("spring.datasource.url="))) {
            arguments.add("--spring.datasource.url=" + H2.formatted(System.nanoTime()));
        }
        Arrays.stream(properties).map(p -> "--" + p).forEach(arguments::add);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OneStopApplication.class)
                .run(arguments.toArray(String[]::new))
                .close());
        assertThat(failure).as("the application should not start").isNotNull();
        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }
}
