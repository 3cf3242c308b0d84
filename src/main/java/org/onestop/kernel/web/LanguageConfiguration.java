package org.onestop.kernel.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request is answered in Kazakh, Russian or English. A page's visitor chooses with
 * {@code ?lang=xx} (the switch on every page), remembered in a cookie and, when they are signed
 * in, on their account; without a choice, the best match of {@code Accept-Language}, else the
 * configured default. The API answers by {@code Accept-Language} alone.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    private final LanguageResolver resolver;
    private final ObjectProvider<LanguageMemory> memory;

    LanguageConfiguration(WebProperties properties, ObjectProvider<LanguageMemory> memory) {
        this.resolver = new LanguageResolver(properties.defaultLanguage());
        this.memory = memory;
    }

    @Bean
    LocaleResolver localeResolver() {
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(resolver, memory))
                .excludePathPatterns("/api/**", "/actuator/**", "/v3/api-docs/**", "/css/**");
    }
}
