package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.applications.SyntheticHistory;
import org.onestop.directory.Directory;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.ratings.RatingsRebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** The public ratings pages and downloads show the league tables' figures, in the reader's language. */
@HistoryDatabaseTest
class RatingsPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SyntheticHistory history;

    @Autowired
    RatingsRebuild rebuild;

    @Autowired
    LeagueTables tables;

    @Autowired
    Directory directory;

    private final String year = String.valueOf(YearMonth.now(WorkingCalendar.ZONE).getYear());

    /** The history is made once for the class (the same seed twice would repeat its reference numbers). */
    private static boolean generated;

    @BeforeEach
    void aYearOfHistory() {
        if (!generated) {
            history.generate(600, 21, n -> {
            });
            generated = true;
        }
        rebuild.rebuild();
    }

    @Test
    void theLeagueTableShowsEachRankedRegionWithItsIndexInRussianAndOffersTheDownloads() {
        LeagueTables.Table table = tables.table(Level.REGION, Period.parse(year), Language.RU);
        assertThat(table.rated()).isNotEmpty();
        LeagueTables.Entry first = table.rated().getFirst();

        String page = html(get("/ratings?level=region&period=" + year, "ru"));

        assertThat(page).contains("Рейтинги оказания государственных услуг", "Регионы, " + year)
                .contains(first.name(), first.score().toPlainString().replace('.', ','))
                .contains("/api/v1/ratings?level=region&amp;period=" + year + "&amp;format=csv", "CC BY 4.0");
        for (LeagueTables.Entry e : table.rated()) {
            assertThat(page).contains("/ratings/region/" + e.code() + "?period=" + year);
        }
    }

    @Test
    void everyCentreInTheCentresTableIsNamedAsTheDirectoryNamesItInTheReadersLanguage() {
        LeagueTables.Table table = tables.table(Level.CENTRE, Period.parse(year), Language.KK);
        assertThat(table.rated().size() + table.unrated().size()).isPositive();
        for (LeagueTables.Entry e : table.rated()) {
            assertThat(e.name()).isEqualTo(directory.centre(e.code()).orElseThrow().name().in(Language.KK));
        }
        for (LeagueTables.Unrated u : table.unrated()) {
            assertThat(u.name()).isEqualTo(directory.centre(u.code()).orElseThrow().name().in(Language.KK));
        }
    }

    @Test
    void aRegionsPageDrawsItsTrendAndGivesTheSameFiguresInATableWithALinkToTheAkimsReport() {
        String code = tables.table(Level.REGION, Period.parse(year), Language.EN).rated().getFirst().code();

        String page = html(get("/ratings/region/" + code + "?period=" + year, "en"));

        assertThat(page).contains("<svg", "<polyline", "The figures behind the charts", "In-person visits per application")
                .contains("/ratings/regions/" + code + "/report?year=" + year);
        assertThat(get("/ratings/region/KZ-00", "en")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/ratings/planet/KZ-71", "en")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theGridHasATileForEveryRegionAndTheMethodologyPageItsWeights() {
        String grid = html(get("/ratings/regions?period=" + year, "kk"));
        assertThat(grid.split("<rect ", -1)).hasSize(MethodologyAndGridPages.TILES.size() + 1);
        assertThat(grid).contains("Абай облысы");

        assertThat(html(get("/ratings/methodology", "en"))).contains("How the index is computed", "Decided on time",
                "30.0%", "Version 2026.1");
    }

    @Test
    void theCsvDownloadStartsWithTheLicenceAndHoldsEveryRankedUnit() {
        MvcTestResult csv = get("/api/v1/ratings?level=region&period=" + year + "&format=csv", "en");

        assertThat(csv).hasStatusOk().hasHeader("Link", "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
        String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertThat(lines[0]).startsWith("# Licence: CC BY 4.0");
        assertThat(lines[1]).startsWith("rank,code,name,score,previous_rank,previous_score,change,applications,");
        long ranked = tables.table(Level.REGION, Period.parse(year), Language.EN).rated().size();
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.matches("\\d+,KZ-.*"))).hasSize((int) ranked);
    }

    @Test
    void theAkimsReportShowsTheYearAgainstTheOneBeforeAndItsPdfHoldsTheSameTextInKazakh() throws Exception {
        LeagueTables.Entry region = tables.table(Level.REGION, Period.parse(year), Language.RU).rated().getFirst();

        String page = html(get("/ratings/regions/" + region.code() + "/report?year=" + year, "ru"));

        assertThat(page).contains("Ежегодный отчёт: " + region.name() + ", " + year,
                "1-е место из", "Год в цифрах в сравнении с предыдущим", "Самые слабые услуги",
                "/ratings/regions/" + region.code() + "/report.pdf?year=" + year);
        var centres = directory.centres(null).stream()
                .collect(Collectors.partitioningBy(c -> c.regionCode().equals(region.code())));
        assertThat(centres.get(true)).as("the region's centres").isNotEmpty()
                .anySatisfy(c -> assertThat(page).contains(HtmlUtils.htmlEscape(
                        c.name().in(Language.RU))));
        assertThat(centres.get(false)).as("other regions' centres").noneSatisfy(c -> assertThat(page)
                .contains(HtmlUtils.htmlEscape(c.name().in(Language.RU))));
        MvcTestResult pdf = get("/ratings/regions/" + region.code() + "/report.pdf?year=" + year, "kk");
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String name = tables.table(Level.REGION, Period.parse(year), Language.KK).rated().getFirst().name();
            assertThat(text).contains("Жылдық есеп: " + name + ", " + year, "Ең әлсіз қызметтер",
                    "Берілген өтінімдер, ай бойынша");
        }
        assertThat(get("/ratings/regions/" + region.code() + "/report?year=3026", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/ratings/regions/KZ-00/report", "en")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult get(String uri, String language) {
        return mvc.get().uri(uri).header("Accept-Language", language)
                .cookie(new jakarta.servlet.http.Cookie("ONESTOP_LANG", language)).exchange();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
