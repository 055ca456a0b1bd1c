package dk.sammen.platform.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One page of a list. Every list endpoint pages, so a front end never asks for everything.
 *
 * @param items      this page's items
 * @param page       zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many items there are in all
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    @JsonProperty
    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
