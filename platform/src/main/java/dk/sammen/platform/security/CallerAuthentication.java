package dk.sammen.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/** A verified token as Spring Security sees it: the subject as the name, each known role as an authority. */
final class CallerAuthentication {

    private CallerAuthentication() {
    }

    static JwtAuthenticationToken of(Jwt token) {
        List<GrantedAuthority> authorities = Caller.of(token).roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(token, authorities, token.getSubject());
    }
}
