package org.onestop.ratings;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar onestop.jar rebuild-ratings}: starts without a web server on the configured
 * database, recomputes every indicator from the stored applications, ratings and complaints, and
 * exits. Run it after {@code generate-history} (which stores applications without events).
 */
public final class RebuildCommand {

    static final String NAME = "rebuild-ratings";

    private RebuildCommand() {
    }

    public static boolean isRequested(String... args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        return words.size() == 1 && words.getFirst().equals(NAME);
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, Class<?> application) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties("onestop.scheduling.enabled=false").run(args)) {
            long start = System.nanoTime();
            RatingsRebuild.Summary summary = context.getBean(RatingsRebuild.class).rebuild();
            System.out.printf("Rebuilt ratings from %d applications, %d ratings and %d complaints in %d ms%n",
                    summary.applications(), summary.ratings(), summary.complaints(),
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
    }
}
