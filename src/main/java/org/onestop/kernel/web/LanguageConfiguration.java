package org.onestop.kernel.web;

import java.util.Arrays;
import org.onestop.kernel.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Every request is answered in Kazakh, Russian or English: the best match of its
 * {@code Accept-Language} header, else the configured default.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    LocaleResolver localeResolver(WebProperties properties) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Arrays.stream(Language.values()).map(Language::locale).toList());
        resolver.setDefaultLocale(properties.defaultLanguage().locale());
        return resolver;
    }
}
