package org.onestop.directory.internal;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the directory comes from: resource locations ({@code classpath:…} or {@code file:…}) of
 * YAML files, read in order; later files may refer to what earlier ones define.
 */
@Validated
@ConfigurationProperties("onestop.directory")
record DirectoryProperties(@NotEmpty List<String> files) {
}
