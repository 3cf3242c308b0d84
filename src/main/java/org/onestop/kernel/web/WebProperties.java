package org.onestop.kernel.web;

import jakarta.validation.constraints.NotNull;
import org.onestop.kernel.Language;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onestop.web.*}.
 *
 * @param defaultLanguage the language of a request that asks for none we speak
 * @param maxRequestSize the largest request body accepted outside multipart uploads
 */
@Validated
@ConfigurationProperties("onestop.web")
record WebProperties(@NotNull Language defaultLanguage, @NotNull DataSize maxRequestSize) {
}
