package dk.sammen.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.util.List;

/**
 * How every service meets the web, in one place: stateless, no CSRF tokens (no cookies, no
 * sessions), the security headers a browser should get with personal data, CORS only for the
 * front ends' origins in configuration, and a limit on request bodies.
 *
 * <p>Every API request needs a JWT from the configured identity provider (issuer and audience
 * checked by Spring Boot's resource-server configuration); what it may then do is decided by the
 * service's {@link AccessRules}, and anything they do not name is denied. Health probes, metrics
 * and the OpenAPI documentation need no token.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ApiProtectionProperties.class)
public class ApiProtectionAutoConfiguration {

    private static final String[] DOCUMENTATION = {"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**"};

    private static final String BEARER = "bearer";

    /** Probes and metrics: the platform's and Prometheus's, never personal data. */
    private static final String[] OPERATIONS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**"};

    /**
     * Spring Security would otherwise observe each of its filters, each authentication and each
     * authorization as a timer and span of their own on every request: a tenth of a command's CPU
     * in the profile of {@code ./sammen bench plans}. The request's own observation
     * ({@code http.server.requests}, its trace span) stays.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Swagger UI runs scripts and styles of its own; the API gives a browser nothing to run. */
    @Bean
    @Order(1)
    SecurityFilterChain documentation(HttpSecurity http) throws Exception {
        return common(http.securityMatcher(DOCUMENTATION))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiProtectionProperties properties, ObjectProvider<AccessRules> rules,
                            AccessProblems problems, ObjectProvider<AuthenticatedRequestFilter> afterAuthentication) throws Exception {
        // After the token is checked and before the access decision, so refused requests are audited too.
        afterAuthentication.orderedStream().forEach(filter -> http.addFilterAfter(filter, BearerTokenAuthenticationFilter.class));
        return common(http)
                .cors(cors -> cors.configurationSource(cors(properties)))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(CallerAuthentication::of))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, OPERATIONS).permitAll();
                    // An error forwarded to Spring's error page was authorised on its way in; its answer is not a new request.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/audit-trail", "/audit-trail/verification")
                            .hasRole(Role.DATA_PROTECTION_OFFICER.name());
                    requests.requestMatchers("/dead-letters", "/dead-letters/**", "/processor-dead-letters", "/processor-dead-letters/**")
                            .hasRole(Role.OPERATOR.name());
                    rules.orderedStream().forEach(rule -> rule.authorize(requests));
                    requests.anyRequest().denyAll();
                })
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    private static HttpSecurity common(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()));
    }

    private static CorsConfigurationSource cors(ApiProtectionProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (properties.allowedOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(properties.allowedOrigins());
        configuration.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
                HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Consistency-Token", "traceparent"));
        configuration.setExposedHeaders(List.of("ETag", "Location", "Idempotent-Replayed", "Consistency-Token", "Retry-After"));
        configuration.setMaxAge(3600L);
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ApiProtectionProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties.maxRequestSize().toBytes(), properties.maxUploadSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The OpenAPI document says that every operation takes a bearer token. */
    @Bean
    OpenApiCustomizer bearerTokens() {
        return openApi -> openApi
                .components(openApi.getComponents() == null ? new Components() : openApi.getComponents())
                .schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An access token from the municipality's identity provider, "
                                + "with the audience 'sammen' and the caller's roles in the 'roles' claim"))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    AccessProblems accessProblems(com.fasterxml.jackson.databind.ObjectMapper json) {
        return new AccessProblems(json);
    }

    /** Only in the services that write with Axon (analytics does not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CommandBus.class)
    static class WhoChangedWhat {

        /** Axon copies the caller from a command to the events it causes. */
        @Bean
        CorrelationDataProvider callerCorrelation() {
            return new SimpleCorrelationDataProvider(CallerOnCommands.USER_ID, CallerOnCommands.USER_ROLES, CallerOnCommands.USER_CENTRE);
        }

        @Bean
        SmartInitializingSingleton callerOnCommands(ObjectProvider<CommandBus> commandBus) {
            return () -> commandBus.ifAvailable(bus -> bus.registerDispatchInterceptor(new CallerOnCommands()));
        }
    }

    /** No users in the services themselves (Spring Boot would otherwise make one with a generated password). */
    @Bean
    UserDetailsService noLocalUsers() {
        return new InMemoryUserDetailsManager();
    }

    /** Wraps the resource server's decoder (issuer, audience and expiry checks as Spring Boot configures them) in a cache. */
    @Bean
    static BeanPostProcessor cachingJwtDecoder(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
                        ? new CachingJwtDecoder(decoder, clock.getIfAvailable(Clock::systemUTC)) : bean;
            }
        };
    }
}
