package org.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OneStopApplication.class);

    @Test
    void modulesReachEachOtherOnlyThroughTheirPublicApi() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getBasePackage().getName()))
                .contains("org.onestop.kernel", "org.onestop.directory", "org.onestop.integrity");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
