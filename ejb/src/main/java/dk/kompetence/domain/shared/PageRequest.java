package dk.kompetence.domain.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Paging and sorting asked for by a client; sort is "field" or "field,desc". */
public record PageRequest(
        @Min(0) @Max(100_000) int page,
        @Min(1) @Max(200) int size,
        @Pattern(regexp = "[a-zA-Z]{1,30}(,(asc|desc))?") String sort) {

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null);
    }

    public int offset() {
        return page * size;
    }

    public String sortField(String fallback) {
        return sort == null || sort.isBlank() ? fallback : sort.split(",")[0];
    }

    public boolean descending() {
        return sort != null && sort.endsWith(",desc");
    }
}
