package dk.sammen.devidentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Two ways to a token, both standard OAuth2: a script or a developer asks with the
 * client-credentials grant, as the demo person (client id = username, the demo password as
 * secret); a front end signs a demo person in with the authorization-code grant and PKCE
 * (public client {@code sammen-web}). Either way the access token carries what the services
 * read: {@code sub}, {@code aud = sammen}, {@code roles}, {@code centre}, {@code guardian_of}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String AUDIENCE = "sammen";
    static final String WEB_CLIENT = "sammen-web";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http
                .securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                // A front end in the browser fetches discovery, the keys and the token from another origin.
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/demo-people", "/demo-people/**", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                // The demo-people endpoint is called by scripts, not browsers with a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/demo-people/**"))
                // A browser's preflight of the token endpoint (OPTIONS) is no endpoint of the server's chain: answered here.
                .cors(Customizer.withDefaults())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(Customizer.withDefaults())
                .build();
    }

    /**
     * The origins a front end signs people in from (the web app's, {@code sammen.demo.web-origins}):
     * its redirect after sign-in ({@code /callback}) and sign-out ({@code /}) are registered, and only
     * they may call the token endpoint from a browser. Keycloak's "Web origins" setting is the same.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${sammen.demo.web-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    UserDetailsService demoUsers(DemoPeople demo) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        demo.people().keySet().forEach(username -> users.createUser(
                User.withUsername(username).password("{noop}" + demo.password()).roles("DEMO").build()));
        return users;
    }

    @Bean
    RegisteredClientRepository clients(DemoPeople demo, @Value("${sammen.demo.web-origins}") List<String> webOrigins) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(8)).build();
        List<RegisteredClient> clients = new ArrayList<>();
        demo.people().keySet().forEach(username -> clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(username)
                .clientSecret("{noop}" + demo.password())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build()));
        RegisteredClient.Builder web = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(WEB_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://127.0.0.1:8081/swagger-ui/oauth2-redirect.html");
        webOrigins.forEach(origin -> web.redirectUri(origin + "/callback").postLogoutRedirectUri(origin + "/"));
        clients.add(web
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        return new DemoClients(clients);
    }

    /** The demo person's claims in every access token, whichever grant issued it. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> sammenClaims(DemoPeople demo) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            demo.find(context.getPrincipal().getName()).ifPresent(person -> {
                context.getClaims().subject(person.id().toString()).audience(List.of(AUDIENCE)).claim("roles", person.roles());
                if (person.centre() != null) {
                    context.getClaims().claim("centre", person.centre());
                }
                if (!person.guardianOf().isEmpty()) {
                    context.getClaims().claim("guardian_of", person.guardianOf().stream().map(UUID::toString).toList());
                }
                context.getClaims().claim("name", person.name());
            });
        };
    }
}
