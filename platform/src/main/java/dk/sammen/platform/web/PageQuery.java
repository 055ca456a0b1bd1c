package dk.sammen.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The paging query parameters every list endpoint takes: {@code ?page=0&size=50}.
 */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(500) Integer size) {

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
