package org.onestop.applications;

import java.util.Arrays;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.onestop.kernel.Databases;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar onestop.jar generate-history 1000000} (or {@code ./mvnw spring-boot:run
 * -Dspring-boot.run.arguments="generate-history 100000"}): starts without a web server on the
 * configured database, adds that many synthetic applications with a progress bar, and exits. On
 * PostgreSQL it then vacuums and analyses the database: the bulk load leaves the new pages unmarked
 * in the visibility map, and the ratings' rebuild reads its counting indexes alone only where pages
 * are marked all-visible; the planner also learns the new tables' sizes.
 */
public final class HistoryCommand {

    static final String NAME = "generate-history";

    private HistoryCommand() {
    }

    public static boolean isRequested(String... args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        return words.size() == 2 && words.getFirst().equals(NAME) && words.get(1).matches("\\d{1,9}");
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, Class<?> application) {
        int count = Integer.parseInt(Arrays.stream(args).filter(a -> !a.startsWith("--")).toList().get(1));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties("onestop.scheduling.enabled=false").run(args);
                ProgressBar bar = new ProgressBar("Applications", count)) {
            int made = context.getBean(SyntheticHistory.class).generate(count, System.nanoTime(), bar::stepTo);
            bar.close();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (Databases.postgres(jdbc)) {
                jdbc.execute("VACUUM (ANALYZE)");
            }
            System.out.println("Added " + made + " synthetic applications");
            return 0;
        }
    }
}
