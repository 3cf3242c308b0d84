package org.onestop.kernel.web;

import jakarta.validation.constraints.NotNull;
import org.onestop.kernel.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code onestop.web.default-language}: the language of a request that asks for none we speak. */
@Validated
@ConfigurationProperties("onestop.web")
record WebProperties(@NotNull Language defaultLanguage) {
}
