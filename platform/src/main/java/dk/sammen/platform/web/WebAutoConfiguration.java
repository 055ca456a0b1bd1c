package dk.sammen.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication
public class WebAutoConfiguration {

    /** Takes the place of Spring Boot's error controller: errors are problem+json too. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Requests Tomcat refuses before any servlet (an encoded slash, a bad URI) are answered as problem+json too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Before security, so even a refused caller's NUL bytes never reach a query. */
    @Bean
    FilterRegistrationBean<BoundedParameters> boundedParameters(ObjectMapper json) {
        FilterRegistrationBean<BoundedParameters> registration = new FilterRegistrationBean<>(new BoundedParameters(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    OperationCustomizer ifMatchInOpenApi() {
        return new IfMatchInOpenApi();
    }

    @Bean
    OpenApiExamples openApiExamples() {
        return new OpenApiExamples();
    }

    @Bean
    WebMvcConfigurer expectedVersionFromIfMatch() {
        return new WebMvcConfigurer() {
            /** Dates and times in query parameters are held to the same bounds as in bodies. */
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(String.class, LocalDate.class, BoundedParameters.dates());
                registry.addConverter(String.class, Instant.class, BoundedParameters.times());
            }

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ExpectedVersionResolver());
            }

            /**
             * A request body with a field the command does not have is refused (400 naming it):
             * a misspelt field silently ignored would lose what the caller meant. Only for what
             * comes in over HTTP; stored events and Kafka records keep their own readers.
             */
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                for (HttpMessageConverter<?> converter : converters) {
                    if (converter instanceof MappingJackson2HttpMessageConverter json) {
                        json.setObjectMapper(json.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                .registerModule(BoundedValues.module()));
                    }
                }
            }
        };
    }
}
