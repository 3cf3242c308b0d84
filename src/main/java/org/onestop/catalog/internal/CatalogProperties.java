package org.onestop.catalog.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the register comes from.
 *
 * @param services locations (patterns allowed) of the service standard files
 * @param lifeEvents location of the life events file
 * @param workflows location of the workflows file
 */
@Validated
@ConfigurationProperties("onestop.catalog")
record CatalogProperties(@NotEmpty List<String> services, @NotBlank String lifeEvents, @NotBlank String workflows) {
}
