package org.onestop.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class DirectoryApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void allSeventeenOblastsAndThreeCitiesAreListedInTheLanguageAskedFor() {
        MvcTestResult english = get("/api/v1/regions", "en");

        assertThat(english).hasStatusOk().hasHeader("Content-Language", "en");
        assertThat(english).bodyJson().extractingPath("$.length()").isEqualTo(20);
        assertThat(english).bodyJson().extractingPath("$[?(@.kind == 'oblast')].code").asArray().hasSize(17);
        assertThat(english).bodyJson().extractingPath("$[?(@.kind == 'city')].name").asArray()
                .containsExactlyInAnyOrder("Astana", "Almaty", "Shymkent");
        assertThat(get("/api/v1/regions/KZ-71", "kk")).bodyJson().extractingPath("$.name").isEqualTo("Астана");
        assertThat(get("/api/v1/regions/KZ-19", "ru")).bodyJson().extractingPath("$.name")
                .asString().contains("Алматинская");
    }

    @Test
    void aRequestWithoutALanguageIsAnsweredInKazakhAndAnUnknownLanguageToo() {
        assertThat(mvc.get().uri("/api/v1/regions/KZ-59").exchange()).hasHeader("Content-Language", "kk")
                .bodyJson().extractingPath("$.name").asString().contains("облысы");
        assertThat(get("/api/v1/regions/KZ-59", "de-DE,de;q=0.9")).hasHeader("Content-Language", "kk");
        assertThat(get("/api/v1/regions/KZ-59", "de-DE,ru;q=0.8")).hasHeader("Content-Language", "ru");
    }

    @Test
    void centralBodiesIncludeTheMinistriesBehindThePapersServicesAndTheAntiCorruptionAgency() {
        MvcTestResult central = get("/api/v1/bodies?level=central", "en");

        assertThat(central).hasStatusOk();
        List<String> names = namesOf(central);
        assertThat(names.size()).isGreaterThanOrEqualTo(12);
        assertThat(names).anyMatch(n -> n.contains("Justice"));
        assertThat(names).anyMatch(n -> n.contains("Internal Affairs"));
        assertThat(names).anyMatch(n -> n.contains("State Revenue"));
        assertThat(names).anyMatch(n -> n.contains("Land"));
        assertThat(names).anyMatch(n -> n.contains("Labour"));
        assertThat(names).anyMatch(n -> n.contains("Digital"));
        assertThat(names).anyMatch(n -> n.contains("Education") || n.contains("Enlightenment"));
        assertThat(names).anyMatch(n -> n.contains("Health"));
        assertThat(names).anyMatch(n -> n.contains("Agriculture"));
        assertThat(names).anyMatch(n -> n.contains("Ecology"));
        assertThat(names).anyMatch(n -> n.contains("Corruption"));
    }

    @Test
    void everyRegionHasAnAkimatAndCommitteesNameTheirMinistry() {
        MvcTestResult local = get("/api/v1/bodies?level=LOCAL", "ru");

        assertThat(local).bodyJson().extractingPath("$[*].region").asArray().hasSize(20).doesNotHaveDuplicates();
        assertThat(local).bodyJson().extractingPath("$[*].kind").asArray().containsOnly("akimat");
        MvcTestResult astana = get("/api/v1/bodies?region=KZ-71&level=local", "ru");
        assertThat(astana).bodyJson().extractingPath("$[0].name").asString().contains("Астан");
        assertThat(get("/api/v1/bodies?level=central", "en")).bodyJson()
                .extractingPath("$[?(@.kind == 'committee')].parent").asArray().isNotEmpty().doesNotContainNull();
    }

    @Test
    void eachCityHasAtLeastTwoCentresAndEachOblastOneWithItsOpeningHours() {
        for (String city : List.of("KZ-71", "KZ-75", "KZ-79")) {
            assertThat(get("/api/v1/centres?region=" + city, "en")).bodyJson().extractingPath("$.length()")
                    .asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(2));
        }
        MvcTestResult all = get("/api/v1/centres", "en");
        assertThat(all).bodyJson().extractingPath("$[*].region").asArray().contains(
                "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
                "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63");
        assertThat(all).bodyJson().extractingPath("$[0].hours[0].day").isEqualTo("monday");
        assertThat(get("/api/v1/centres?region=KZ-71", "ru")).bodyJson().extractingPath("$[0].hours[0].dayName")
                .isEqualTo("понедельник");
    }

    @Test
    void anUnknownRegionIsAProblemInTheRequestsLanguage() {
        MvcTestResult result = get("/api/v1/centres?region=KZ-99", "ru");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Региона с кодом KZ-99 нет.");
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("directory.region.unknown");
        assertThat(get("/api/v1/bodies?region=KZ-99", "kk")).bodyJson().extractingPath("$.detail")
                .isEqualTo("KZ-99 кодты өңір жоқ.");
        assertThat(get("/api/v1/bodies/NOPE", "en")).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.detail").isEqualTo("There is no state body with code NOPE.");
    }

    @Test
    void anUnknownLevelIsABadRequestThatNamesTheLevels() {
        MvcTestResult result = get("/api/v1/bodies?level=federal", "en");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo("Level \"federal\" is not one of central, territorial, local.");
    }

    @Test
    void directoryAnswersMayBeCachedAndSayTheyVaryByLanguage() {
        assertThat(get("/api/v1/centres", "en")).hasHeader("Cache-Control", "max-age=300, public")
                .hasHeader("Vary", "Accept-Language");
    }

    private MvcTestResult get(String uri, String language) {
        return mvc.get().uri(uri).header("Accept-Language", language).exchange();
    }

    @SuppressWarnings("unchecked")
    private static List<String> namesOf(MvcTestResult result) {
        try {
            List<Map<String, Object>> bodies = new tools.jackson.databind.json.JsonMapper()
                    .readValue(result.getResponse().getContentAsString(), List.class);
            return bodies.stream().map(b -> (String) b.get("name")).toList();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
