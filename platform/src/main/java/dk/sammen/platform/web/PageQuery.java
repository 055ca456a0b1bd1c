package dk.sammen.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The paging query parameters every list endpoint takes: {@code ?page=0&size=50}. Documented as
 * the two optional query parameters they are ({@link ParameterObject}), not as one required
 * object named {@code page}, which a generated client could neither leave out nor send right.
 */
@ParameterObject
public record PageQuery(@Schema(description = "Page number, from 0", example = "0") @Min(0) Integer page,
                        @Schema(description = "Items per page (default 50)", example = "50") @Min(1) @Max(500) Integer size) {

    public static final int DEFAULT_SIZE = 50;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> PageResponse<T> of(java.util.List<T> items, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems);
    }
}
