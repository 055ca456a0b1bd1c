package dk.sammen.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * @param allowedOrigins  the front ends' origins that browsers may call the API from (CORS); none when empty
 * @param maxRequestSize  the largest request body taken; larger ones are refused with 413 before they are read
 * @param maxUploadSize   the same for a file upload ({@code multipart/form-data}), which only endpoints taking files read
 */
@ConfigurationProperties("sammen.web")
public record ApiProtectionProperties(List<String> allowedOrigins, DataSize maxRequestSize, DataSize maxUploadSize) {

    public ApiProtectionProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(11) : maxUploadSize;
    }
}
