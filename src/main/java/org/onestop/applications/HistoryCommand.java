package org.onestop.applications;

import java.util.Arrays;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar onestop.jar generate-history 1000000} (or {@code ./mvnw spring-boot:run
 * -Dspring-boot.run.arguments="generate-history 100000"}): starts without a web server on the
 * configured database, adds that many synthetic applications with a progress bar, and exits.
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
            System.out.println("Added " + made + " synthetic applications");
            return 0;
        }
    }
}
