package org.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * {@code onestop.scheduling.enabled=false} (the one-off commands, the benchmarks) stops every
 * {@code @Scheduled} job only if nothing else switches scheduling on: a library's
 * auto-configuration carrying {@code @EnableScheduling} (Spring Modulith's Moments did) would run
 * the deadline watch inside {@code rebuild-ratings} and under every benchmark.
 */
class SchedulingSwitchTest {

    private static final Set<String> OURS = Set.of(
            "org.onestop.applications.internal.ApplicationsConfiguration",
            "org.onestop.notifications.internal.NotificationsConfiguration");

    @Test
    void noAutoConfigurationOnTheClasspathSwitchesSchedulingOn() throws IOException {
        var readers = new CachingMetadataReaderFactory(new PathMatchingResourcePatternResolver());
        List<String> enabling = new ArrayList<>();
        List<String> candidates = ImportCandidates.load(org.springframework.boot.autoconfigure.AutoConfiguration.class,
                getClass().getClassLoader()).getCandidates();
        for (String candidate : candidates) {
            AnnotationMetadata metadata = readers.getMetadataReader(candidate).getAnnotationMetadata();
            if (metadata.hasAnnotation(EnableScheduling.class.getName())) {
                enabling.add(candidate);
            }
        }
        assertThat(candidates).hasSizeGreaterThan(100);
        assertThat(enabling).isEmpty();
    }

    @Test
    void onlyOurConfigurationsSwitchSchedulingOnAndTheSwitchTurnsEachOff() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EnableScheduling.class));
        List<String> found = new ArrayList<>();
        scanner.findCandidateComponents("org.onestop").forEach(bean -> {
            found.add(bean.getBeanClassName());
            var metadata = ((org.springframework.beans.factory.annotation.AnnotatedBeanDefinition) bean).getMetadata();
            assertThat(metadata.getAnnotationAttributes(ConditionalOnBooleanProperty.class.getName()))
                    .as(bean.getBeanClassName()).isNotNull()
                    .containsEntry("name", new String[] {"onestop.scheduling.enabled"});
        });
        assertThat(found).containsExactlyInAnyOrderElementsOf(OURS);
    }
}
